// Types for bench/hostile.mjs (so TypeScript tests can import it).
export declare const csvSameTitle: (n: number) => string;
export declare const csvSheetSameHeadline: (n: number) => string;
export declare const csvManyPerRow: (n: number) => string;
export declare const tljsSameHeadline: (n: number) => { title: object; events: object[] };
export declare const tljsOverlappingEras: (n: number) => { events: object[]; eras: object[] };
export declare const tljsDeep: (n: number) => string;
export declare const tljsText: (html: string) => { events: object[] };
export declare const divs: (n: number) => string;
export declare const paragraphs: (n: number) => string;
export declare const lessThans: (n: number) => string;
export declare const chronologySharedIds: (n: number) => { events: object[] } & Record<string, unknown>;
export declare const chronologyManyPerEvent: (n: number) => { events: object[] } & Record<string, unknown>;
export declare const commaLine: (n: number) => string;
