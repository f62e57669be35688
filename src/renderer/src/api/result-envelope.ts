import { z } from 'zod';
import { resultEnvelope } from '../../../shared/contract';

/** The shape of any reply before the method's own output schema is applied. */
export const ResultEnvelopeSchema = resultEnvelope(z.unknown());
