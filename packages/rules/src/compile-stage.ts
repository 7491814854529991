import { isFactReference } from './check-rules.js';
import { compileRead, isNumeric, operatorBinder, type Facts, type Predicate, type Test } from './compile-conditions.js';
import { parsePath } from './path-resolver.js';
import { dateAfter, dateOnOrBefore, isPresent, presentCount } from './operators.js';
import type { FactCondition, JsonValue, RuleCondition } from './types.js';

/**
 * The rules of a stage compiled together, to closures and tables, never to
 * source code, so it runs under a strict CSP. One run reads each distinct
 * fact and path once (a slot), tests each distinct condition once (an atom)
 * into a table of truths, and then reads each rule's all/any/not off that
 * table. The rules of a rule set read the same answers over and over (a
 * criterion met, not met, missing); this is what makes them cheap.
 */
export interface CompiledStage<T> {
  /** The rules that fire for the facts, in the order given: what json-rules-engine's `Engine.run` reports. */
  readonly fired: (facts: Facts) => T[];
}

// Atoms whose operator is one of these are tested by a switch, without a call; the rest by a closure.
const OP_CLOSURE = 0;
const OPCODES: Readonly<Record<string, number>> = {
  equal: 1,
  notEqual: 2,
  in: 3,
  notIn: 4,
  lessThan: 5,
  lessThanInclusive: 6,
  greaterThan: 7,
  greaterThanInclusive: 8,
  present: 9,
  absent: 10,
  fewerPresentThan: 11,
  dateOnOrBefore: 12,
  dateAfter: 13,
};

/** A condition as one closure over the facts: a stage of one rule. */
export function compileCondition(condition: RuleCondition): Test {
  const stage = compileStage([{ conditions: condition }]);
  return (facts) => stage.fired(facts).length === 1;
}

type Node = number | { readonly all: readonly Node[] } | { readonly any: readonly Node[] } | { readonly not: Node };
type TruthTest = (truth: Uint8Array) => boolean;

export function compileStage<T extends { readonly conditions: RuleCondition }>(rules: readonly T[]): CompiledStage<T> {
  // A slot holds a fact (kind 0), one own property of a fact's slot (kind 1), or what a closure reads (kind 2, longer paths).
  const slots = new Map<string, number>();
  const slotKinds: number[] = [];
  const slotNames: string[] = [];
  const slotParents: number[] = [];
  const slotReaders: (((facts: Facts) => unknown) | undefined)[] = [];
  const addSlot = (key: string, kind: number, name: string, parent: number, reader?: (facts: Facts) => unknown): number => {
    const slot = slotKinds.length;
    slotKinds.push(kind);
    slotNames.push(name);
    slotParents.push(parent);
    slotReaders.push(reader);
    slots.set(key, slot);
    return slot;
  };
  const slotOf = (fact: string, path: string | undefined): number => {
    const key = `${fact}\u0000${path ?? ''}`;
    const known = slots.get(key);
    if (known !== undefined) return known;
    const segments = path === undefined || path === '' ? [] : parsePath(path);
    const [only, ...more] = segments ?? [];
    // A fact named as an Object.prototype member is read by a closure that takes own facts only.
    if (fact in Object.prototype || segments === undefined) return addSlot(key, 2, '', -1, compileRead(fact, path));
    if (only === undefined) return addSlot(key, 0, fact, -1);
    if (only.kind === 'property' && more.length === 0) return addSlot(key, 1, only.name, slotOf(fact, undefined));
    return addSlot(key, 2, '', -1, compileRead(fact, path));
  };

  const atoms = new Map<string, number>();
  const left: number[] = [];
  const right: number[] = [];
  const opcodes: number[] = [];
  const constants: unknown[] = [];
  /** For an atom the switch does not test: its operator, bound to the constant, or to bind to the value read on each run. */
  const predicates: (Predicate | undefined)[] = [];
  const binders: (((value: JsonValue) => Predicate) | undefined)[] = [];
  const atomOf = ({ fact, path, operator, value }: FactCondition): number => {
    const key = JSON.stringify([fact, path ?? '', operator, value]);
    const known = atoms.get(key);
    if (known !== undefined) return known;
    const atom = opcodes.length;
    atoms.set(key, atom);
    const bind = operatorBinder(operator);
    const opcode = operator.includes(':') ? OP_CLOSURE : (OPCODES[operator] ?? OP_CLOSURE);
    const reference = isFactReference(value);
    left.push(slotOf(fact, path));
    right.push(reference ? slotOf(value.fact, value.path) : -1);
    constants.push(reference ? undefined : value);
    opcodes.push(opcode);
    predicates.push(opcode === OP_CLOSURE && !reference ? bind(value) : undefined);
    binders.push(opcode === OP_CLOSURE && reference ? bind : undefined);
    return atom;
  };

  const nodeOf = (condition: RuleCondition): Node => {
    if ('fact' in condition) return atomOf(condition);
    if ('all' in condition) return { all: condition.all.map(nodeOf) };
    if ('any' in condition) return { any: condition.any.map(nodeOf) };
    return { not: nodeOf(condition.not) };
  };
  // Each rule's condition: one atom (kind 0), all (1) or any (2) of atoms listed in `members`, or a closure (3).
  const ruleKinds: number[] = [];
  const ruleStarts: number[] = [];
  const ruleEnds: number[] = [];
  const members: number[] = [];
  const ruleTests: (TruthTest | undefined)[] = [];
  for (const rule of rules) {
    const node = nodeOf(rule.conditions);
    const flat = typeof node === 'number' ? [node] : 'not' in node ? undefined : 'all' in node ? node.all : node.any;
    const atomsOnly = flat !== undefined && flat.length > 0 && flat.every((part) => typeof part === 'number');
    ruleStarts.push(members.length);
    if (atomsOnly) members.push(...(flat as readonly number[]));
    ruleEnds.push(members.length);
    ruleKinds.push(!atomsOnly ? 3 : typeof node === 'number' || flat.length === 1 ? 0 : 'all' in node ? 1 : 2);
    ruleTests.push(atomsOnly ? undefined : truthTest(node));
  }

  const values: unknown[] = new Array(slotKinds.length);
  const slotCount = slotKinds.length;
  const kinds = Uint8Array.from(slotKinds);
  const parents = Int32Array.from(slotParents);
  const ruleCount = rules.length;
  const conditionKinds = Uint8Array.from(ruleKinds);
  const starts = Int32Array.from(ruleStarts);
  const ends = Int32Array.from(ruleEnds);
  const memberAtoms = Int32Array.from(members);
  const truth = new Uint8Array(opcodes.length);
  const count = opcodes.length;
  const leftSlots = Int32Array.from(left);
  const rightSlots = Int32Array.from(right);
  const ops = Uint8Array.from(opcodes);

  return {
    fired: (facts) => {
      // Facts come before their properties: a property's slot is made after its fact's.
      for (let slot = 0; slot < slotCount; slot += 1) {
        const kind = kinds[slot];
        if (kind === 0) values[slot] = facts[slotNames[slot] as string];
        else if (kind === 1) {
          const value = values[parents[slot] as number];
          const name = slotNames[slot] as string;
          // As json-rules-engine's almanac with Rummelig's path resolver: a path applies to an object only, and reads own properties.
          values[slot] =
            value === null || typeof value !== 'object' ? value : Array.isArray(value) || !Object.hasOwn(value, name) ? undefined : (value as Record<string, unknown>)[name];
        } else values[slot] = (slotReaders[slot] as (facts: Facts) => unknown)(facts);
      }
      for (let atom = 0; atom < count; atom += 1) {
        const a = values[leftSlots[atom] as number];
        const r = rightSlots[atom] as number;
        const b = r < 0 ? constants[atom] : values[r];
        let result: boolean;
        switch (ops[atom]) {
          case 1:
            result = a === b;
            break;
          case 2:
            result = a !== b;
            break;
          case 3:
            result = (b as readonly unknown[]).indexOf(a) > -1;
            break;
          case 4:
            result = (b as readonly unknown[]).indexOf(a) === -1;
            break;
          case 5:
            result = isNumeric(a) && (a as number) < (b as number);
            break;
          case 6:
            result = isNumeric(a) && (a as number) <= (b as number);
            break;
          case 7:
            result = isNumeric(a) && (a as number) > (b as number);
            break;
          case 8:
            result = isNumeric(a) && (a as number) >= (b as number);
            break;
          case 9:
            result = isPresent(a);
            break;
          case 10:
            result = !isPresent(a);
            break;
          case 11:
            result = presentCount(a) < Number(b);
            break;
          case 12:
            result = dateOnOrBefore(a, b);
            break;
          case 13:
            result = dateAfter(a, b);
            break;
          default:
            result = r < 0 ? (predicates[atom] as Predicate)(a) : (binders[atom] as (value: JsonValue) => Predicate)(b as JsonValue)(a);
        }
        truth[atom] = result ? 1 : 0;
      }
      const fired: T[] = [];
      for (let index = 0; index < ruleCount; index += 1) {
        const kind = conditionKinds[index];
        let holds: boolean;
        if (kind === 0) holds = truth[memberAtoms[starts[index] as number] as number] === 1;
        else if (kind === 3) holds = (ruleTests[index] as TruthTest)(truth);
        else {
          const end = ends[index] as number;
          const wanted = kind === 1 ? 0 : 1;
          let member = starts[index] as number;
          while (member < end && truth[memberAtoms[member] as number] !== wanted) member += 1;
          holds = kind === 1 ? member === end : member < end;
        }
        if (holds) fired.push(rules[index] as T);
      }
      return fired;
    },
  };
}

/** A rule's all/any/not over the table of truths, with the common small shapes as closures of their own. */
function truthTest(node: Node): TruthTest {
  if (typeof node === 'number') return (truth) => truth[node] === 1;
  if ('not' in node) {
    const inner = truthTest(node.not);
    return (truth) => !inner(truth);
  }
  const isAll = 'all' in node;
  const parts = isAll ? node.all : node.any;
  // json-rules-engine answers an empty `any` with true, as it does an empty `all`.
  if (parts.length === 0) return () => true;
  if (parts.every((part) => typeof part === 'number')) {
    const indices = Int32Array.from(parts as readonly number[]);
    if (indices.length === 1) {
      const only = indices[0] as number;
      return (truth) => truth[only] === 1;
    }
    return isAll
      ? (truth) => {
          for (let index = 0; index < indices.length; index += 1) if (truth[indices[index] as number] !== 1) return false;
          return true;
        }
      : (truth) => {
          for (let index = 0; index < indices.length; index += 1) if (truth[indices[index] as number] === 1) return true;
          return false;
        };
  }
  const tests = parts.map(truthTest);
  // Loops, not every/some with an arrow: an arrow would be made anew on each run.
  return isAll
    ? (truth) => {
        for (let index = 0; index < tests.length; index += 1) if (!(tests[index] as TruthTest)(truth)) return false;
        return true;
      }
    : (truth) => {
        for (let index = 0; index < tests.length; index += 1) if ((tests[index] as TruthTest)(truth)) return true;
        return false;
      };
}
