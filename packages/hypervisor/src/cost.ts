// The cost model: what each transition and device access costs, in cycles, from a CPU preset
// (`--cpu NAME`, the table in @pvm/isa with a source for every number) and single overrides
// (`--cost-NAME N`). Guest instructions cost what the opcode table says.
import { DEFAULT_PRESET, presetByName, type Costs } from '@pvm/isa';

/** The costs in force, with the preset they come from and which numbers were overridden. */
export type CostModel = Costs & { readonly preset: string; readonly overridden: readonly (keyof Costs)[] };

/** The costs of a preset with some numbers overridden; undefined for an unknown preset. */
export function costModel(preset: string = DEFAULT_PRESET, overrides: Partial<Costs> = {}): CostModel | undefined {
  const p = presetByName(preset);
  if (!p) return undefined;
  // An explicit hypercall cost also prices the upcall, which is the same trip the other way,
  // unless the upcall is given its own.
  const upcall = overrides.upcall ?? overrides.hypercall ?? p.costs.upcall;
  const overridden = (Object.keys(overrides) as (keyof Costs)[]).filter((k) => overrides[k] !== undefined);
  return Object.freeze({ ...p.costs, ...overrides, upcall, preset: p.name, overridden });
}

export const DEFAULT_COST: CostModel = costModel()!;
