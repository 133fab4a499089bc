// Type errors on purpose: tests/consumer/run.mjs expects tsc to report both.
export const Wrong = () => <event-timeline data={42} group-by="lanes" />;
