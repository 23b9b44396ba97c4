import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

/** Ends the run with one plain line: "N passed, N failed" (", N skipped" when some were). */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      const tests = [...testModule.children.allTests()];
      // A file that failed to load or whose hooks failed has no failed test to count.
      if (testModule.state() === 'failed' && !tests.some((test) => test.result().state === 'failed')) failed++;
      for (const test of tests) {
        const { state } = test.result();
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    // A run that failed before any test (the build or the server's start) counts as one failure.
    if (reason === 'failed' && failed === 0) failed = 1;
    console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
