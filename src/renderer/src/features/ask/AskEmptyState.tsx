import { useQuery } from '@tanstack/react-query';
import { BarChart3, GitCompareArrows, MessageSquareText, MousePointerClick, Sparkles } from 'lucide-react';
import { useClient } from '../../api/client-context';
import { EmptyState } from '../../components/EmptyState';

/** A chat with no questions yet: what Ask does, and questions this source can answer. */
export const AskEmptyState = ({ sourceId, onPick }: { sourceId: string; onPick: (question: string) => void }) => {
  const client = useClient();
  const suggestions = useQuery({
    queryKey: ['ask.suggestions', sourceId],
    queryFn: () => client.call('ask.suggestions', { sourceId }),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const questions = suggestions.data?.questions ?? [];
  return (
    <EmptyState
      icon={<MessageSquareText size={28} />}
      title="Ask your sales a question"
      lead="Type what you want to know. Aisle reads it into an analysis plan you can correct with one click, runs it on the active data source and answers with a chart, the numbers behind it and a sentence you can paste into a deck."
      features={[
        {
          icon: <BarChart3 size={18} />,
          title: 'Chart, table and story',
          text: 'Trends as lines, rankings as bars, a single number with its change.',
        },
        {
          icon: <MousePointerClick size={18} />,
          title: 'Fix the reading in a click',
          text: 'Each part of the plan is a chip: change the measure, the dates or the grouping.',
        },
        {
          icon: <GitCompareArrows size={18} />,
          title: 'Follow-ups keep context',
          text: '“And by region?”, “only dresses”, “vs last year” refine the last answer.',
        },
        {
          icon: <Sparkles size={18} />,
          title: 'Every number checked',
          text: 'Sentences are built from computed facts, and every answer keeps its SQL.',
        },
      ]}
    >
      {questions.length > 0 && (
        <div className="ask-suggestions" role="group" aria-label="Suggested questions">
          <span className="ask-suggestions__heading">Try one</span>
          <ul>
            {questions.map((question) => (
              <li key={question}>
                <button type="button" className="ask-suggestion" onClick={() => onPick(question)}>
                  {question}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </EmptyState>
  );
};
