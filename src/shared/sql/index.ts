export type { SqlDialect } from './dialect';
export { lineColumnAt, lineColumnIn, lineStarts, lineText, type LineColumn } from './line-column';
export { findNamedParams, namedParamUses, replaceNamedParams, toDuckDbParams, type ParamUse } from './named-params';
export { scanSql, type Segment, type SegmentKind } from './scan';
export { splitStatements, statementAt, type SqlStatement } from './split-statements';
export { viewQuery, type ViewOptions } from './view-query';
