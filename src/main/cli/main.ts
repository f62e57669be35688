import { AisleError } from '../core/aisle-error';
import { buildProgram } from './program';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`aisle: ${message}\n`);
    // Stopped with Ctrl+C: the shell convention is 128 + SIGINT.
    process.exit(error instanceof AisleError && error.code === 'cancelled' ? 130 : 1);
  });
