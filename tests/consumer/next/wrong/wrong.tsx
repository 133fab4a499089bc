// Type errors on purpose: tests/consumer/run.mjs expects tsc (next build's checker) to report both.
import { EventTimeline } from 'chronoline/react';

export const Wrong = () => <EventTimeline data={42} groupBy="lanes" />;
