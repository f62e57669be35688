import { z } from 'zod';
import { resultEnvelope } from '../../../shared/contract';

/** The shape of any reply before the method's own output schema is applied. */
export const ResultEnvelopeSchema = resultEnvelope(z.unknown());

/** The reply of web mode's upload endpoint. */
export const UploadReply = resultEnvelope(z.object({ path: z.string(), bytes: z.number() }));
