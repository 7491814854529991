import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
// Registers the elements; the file is self-contained, so the app needs no other part of the SDK at run time.
import '@rummelig/forms/bundle';
import type { OpsporingSubmitDetail, RummeligOpsporing, StepDetail } from '@rummelig/forms';
import './custom-elements.js';

const CONTACT = { organisation: 'Jobcenter Eksempelby', phone: '12 34 56 78', email: 'jobcenter@eksempelby.dk' };
const TEXTS = { da: { submit: 'Send til jobcentret' }, en: { submit: 'Send to the job centre' } };

/**
 * A municipality's React app with the screening in it: React renders the
 * custom element, passes objects as properties, switches its language, and
 * listens to its typed events. Re-rendering the app never resets what the
 * citizen has typed, since React leaves the element itself in place.
 *
 * The app has its own routes, as most do. The form adds its pages to the
 * browser's history (`history`) beside the router's entries and keeps the
 * router's state in them, so Back and Forward move between the form's pages
 * without leaving the route; leaving it and coming back finds the form where
 * it was, from its draft (`save-draft`).
 */
function App() {
  return (
    <BrowserRouter>
      <nav className="portal-width" aria-label="Jobcentret">
        <Link to="/react">Screening</Link> · <Link to="/react/om">Om screeningen</Link>
      </nav>
      <Routes>
        <Route path="/react" element={<Screening />} />
        <Route path="/react/om" element={<About />} />
      </Routes>
    </BrowserRouter>
  );
}

function About() {
  return (
    <main id="main" className="portal-width">
      <h1 id="about-heading">Om screeningen</h1>
      <p>Screeningen hjælper jobcentret med at se, om du har en funktionsnedsættelse, der har betydning for dit job.</p>
    </main>
  );
}

function Screening() {
  const screening = useRef<RummeligOpsporing>(null);
  const [lang, setLang] = useState<'da' | 'en'>('da');
  const [step, setStep] = useState<StepDetail | undefined>(undefined);
  const [sent, setSent] = useState<OpsporingSubmitDetail | undefined>(undefined);

  useEffect(() => {
    const element = screening.current;
    if (!element) return undefined;
    const onStep = (event: HTMLElementEventMap['rummelig-step']) => setStep(event.detail);
    const onSubmit = (event: HTMLElementEventMap['rummelig-submit']) => {
      if (event.detail.answers.form === 'opsporing') setSent(event.detail as OpsporingSubmitDetail);
    };
    element.addEventListener('rummelig-step', onStep);
    element.addEventListener('rummelig-submit', onSubmit);
    return () => {
      element.removeEventListener('rummelig-step', onStep);
      element.removeEventListener('rummelig-submit', onSubmit);
    };
  }, []);

  return (
    <main id="main" className="portal-width">
      <h1>{lang === 'da' ? 'Screening af funktionsnedsættelse' : 'Screening for impairments'}</h1>
      <p>
        <button type="button" id="switch-language" onClick={() => setLang(lang === 'da' ? 'en' : 'da')}>
          {lang === 'da' ? 'Read in English' : 'Læs på dansk'}
        </button>
      </p>
      <p id="app-step" role="status">
        {step && step.step > 0 ? `${step.step}/${step.steps}: ${step.title}` : ''}
      </p>
      <rummelig-opsporing ref={screening} lang={lang} flow="auto" history save-draft name="opsporing" contact={CONTACT} texts={TEXTS} />
      {sent && (
        <section id="app-sent" aria-labelledby="app-sent-heading">
          <h2 id="app-sent-heading">{lang === 'da' ? 'Modtaget af appen' : 'Received by the app'}</h2>
          <p id="app-recommendation">{sent.result.recommendation}</p>
        </section>
      )}
    </main>
  );
}

const root = document.querySelector('#app');
if (root) createRoot(root).render(<App />);
