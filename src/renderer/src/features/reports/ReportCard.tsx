import { Layers } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import type { ReportSummary } from '../../../../shared/contract/reports';
import { Badge } from '../../components/Badge';
import { kindLabel } from './library-nav';
import { absoluteTime, relativeTime } from './relative-time';
import { ReportThumbnail } from './ReportThumbnail';

interface ReportCardProps {
  report: ReportSummary;
  sourceName: string;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  now: number;
}

/** One report in the library: its picture, title, kind, source, "as of", versions and tags. */
export const ReportCard = ({ report, sourceName, selected, onSelect, onOpen, onKeyDown, now }: ReportCardProps) => {
  const asOf = report.asOf ?? report.updatedAt;
  return (
    <li className={selected ? 'report-card report-card--selected' : 'report-card'} data-testid="report-card">
      <label className="report-card__select" title={selected ? 'Leave out of the deck' : 'Choose for a deck'}>
        <input
          type="checkbox"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-label={`Choose “${report.title}” for a deck`}
        />
      </label>
      <button type="button" className="report-card__open" onClick={onOpen} onKeyDown={onKeyDown} data-report-card>
        <ReportThumbnail id={report.id} versions={report.versions} />
        <span className="report-card__body">
          <span className="report-card__title">{report.title}</span>
          <span className="report-card__meta">
            <Badge tone={report.kind === 'forecast' ? 'accent' : 'neutral'}>{kindLabel(report.kind)}</Badge>
            <span className="report-card__source">{sourceName}</span>
          </span>
          <span className="report-card__meta report-card__meta--faint">
            <span title={`As of ${absoluteTime(asOf)}`}>as of {relativeTime(asOf, now)}</span>
            <span className="report-card__versions" title={`${report.versions} versions kept`}>
              <Layers size={12} aria-hidden="true" />
              {report.versions === 1 ? '1 version' : `${report.versions} versions`}
            </span>
          </span>
          {report.tags.length > 0 && (
            <span className="report-card__tags">
              {report.tags.map((tag) => (
                <span key={tag} className="report-tag">
                  {tag}
                </span>
              ))}
            </span>
          )}
        </span>
      </button>
    </li>
  );
};
