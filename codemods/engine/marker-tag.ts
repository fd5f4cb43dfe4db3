// The tag every manual marker starts with (markers.ts writes them; the report and the summary grep for them). Its
// own module so the report does not load the compiler through markers.ts.
export const MARKER_TAG = 'TODO(netverify-migrate)';
