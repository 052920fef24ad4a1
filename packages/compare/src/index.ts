// @pvm/compare: `pvm compare` without a host, for the CLI and the playground alike — the
// workload table, the measuring loop (sources through a SourceHost, a cost model given), the
// scores and the chart — and what each run is checked against: the expectations a kernel
// states in its header, parsed and checked here for the grader too. No `node:` module.
export { COMPARE_MODES, RUNS, WORKLOADS, WORKLOAD_DIR, fileFor, type CompareMode, type Workload } from './workloads.ts';
export { measure, measuring, type MeasureFailure, type MeasureWarning, type Measured, type ModeRun, type Progress, type WorkloadResult } from './measure.ts';
export { AXIS_CAP, MODE_COLOURS, axisTop, chartText, compareSvg, type SvgOptions } from './svg.ts';

// Kernel expectations (`; expect:`, `; exit:`, `; exits(trap): ...`) and the check of a run against them.
export {
  forMode, parseExpectations, parseSpec, MODE_FLAGS, VISIBILITIES, modeProblem, parseModeSpec,
  type Case, type CountCheck, type CountOp, type Expectations, type ModeSpec, type Problem, type Spec, type Visibility,
} from './expect/expectations.ts';
export { checkCase, finish, gradeCase, type CaseResult, type ModeResult } from './expect/check.ts';
export { DEFAULT_OUTPUT_LIMIT, EXPECTATION_LIMITS, bytesText, parseBytes, parseCount, parseDecimal } from './expect/limits.ts';
export { MAX_MEMORY, imageFits, memoryNeeded } from './expect/fit.ts';
export { EX_SOFTWARE, exitStatus, stopReport, where } from './expect/stop.ts';
