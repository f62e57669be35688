/**
 * Progress on stderr: a redrawn bar on a terminal, one line per stage otherwise (logs, CI),
 * so stdout stays clean for results.
 */
export const createProgressReporter = (
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): { update(stage: string, fraction: number | null): void; done(message: string): void } => {
  let lastStage = '';
  const width = 28;
  return {
    update(stage, fraction) {
      if (stream.isTTY) {
        const filled = fraction === null ? 0 : Math.round(fraction * width);
        const percent = fraction === null ? '   ' : `${String(Math.round(fraction * 100)).padStart(3)}%`;
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent} ${stage}\x1b[K`);
      } else if (stage !== lastStage) {
        const percent = fraction === null ? '' : ` ${Math.round(fraction * 100)}%`;
        stream.write(`${label}:${percent} ${stage}\n`);
      }
      lastStage = stage;
    },
    done(message) {
      stream.write(stream.isTTY ? `\r${message}\x1b[K\n` : `${message}\n`);
    },
  };
};
