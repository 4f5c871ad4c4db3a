/**
 * Preloaded (`node --import`) into the build of the province fixture: the clock reads
 * FIXED_CLOCK_NOW (an ISO date-time) at start-up and runs on from there. The fixture's lectures are
 * then past, cancelled and upcoming whatever the real date, so the tests that check how each is
 * shown do not change meaning as the years pass. Only `Date.now()` and `new Date()` without
 * arguments are shifted; timers and performance.now() keep real time.
 */
const fixed = process.env.FIXED_CLOCK_NOW;
if (fixed) {
  const RealDate = Date;
  const offset = RealDate.parse(fixed) - RealDate.now();
  if (Number.isNaN(offset)) throw new Error(`FIXED_CLOCK_NOW is not a date-time: ${fixed}`);
  class ShiftedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
