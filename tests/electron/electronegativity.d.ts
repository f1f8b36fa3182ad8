/** The part of Electronegativity's programmatic API (dist/runner.js) the suite uses; the package ships no types. */
declare module '@doyensec/electronegativity' {
  /** Options of a scan (what the CLI builds from its flags). */
  export interface ElectronegativityOptions {
    input: string;
    output?: string;
    isSarif?: boolean;
    /** Check names to run (empty: all). */
    customScan?: string[];
    /** Check names to skip. */
    excludeFromScan?: string[];
    isRelative?: boolean;
    electronUpgrade?: string;
    electronVersionOverride?: string;
    parserPlugins?: string[];
    severitySet?: string;
    confidenceSet?: string;
  }
  /** One finding. */
  export interface ElectronegativityIssue {
    id: string;
    file: string;
    description: string;
    location: { line: number; column: number };
    sample?: string;
    severity: { name: string };
    confidence: { name: string };
  }
  /** The outcome of a scan. */
  export interface ElectronegativityResult {
    globalChecks: number;
    atomicChecks: number;
    issues: ElectronegativityIssue[];
    errors: Array<{ file: string; message: string; tolerable: boolean }>;
  }
  /** Scans a folder, file or asar. */
  export default function run(options: ElectronegativityOptions, forCli?: boolean): Promise<ElectronegativityResult>;
}
