import { BarChart3, GitCompareArrows, MessageSquareText, Sparkles, WifiOff } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export const AskPage = () => (
  <>
    <PageHeader title="Ask" subtitle="Questions in plain English, answered with a chart, the numbers and a sentence." />
    <EmptyState
      icon={<MessageSquareText size={28} />}
      title="Ask your sales a question"
      status="Arrives with the insight engine"
      lead="Type what you want to know. Aisle reads it into an analysis plan you can correct with one click, runs it on the active data source and answers with a chart, the table behind it and a short narrative you can paste into a deck."
      features={[
        {
          icon: <BarChart3 size={18} />,
          title: 'Chart, table and story',
          text: 'The chart fits the answer: trends as lines, rankings as bars, a single number with its comparison.',
        },
        {
          icon: <GitCompareArrows size={18} />,
          title: 'Follow-ups keep context',
          text: '“And by region?”, “only dresses”, “what about last year?” refine the last answer.',
        },
        {
          icon: <WifiOff size={18} />,
          title: 'Works offline',
          text: 'A deterministic interpreter needs no model; Gemini helps when you sign in to Google.',
        },
        {
          icon: <Sparkles size={18} />,
          title: 'Every number checked',
          text: 'Narratives are built from computed facts; a figure that does not match is not shown.',
        },
      ]}
      examples={{
        heading: 'Questions you will be able to ask',
        items: [
          'Which dresses lost revenue this month, and why?',
          'Top 10 brands by gross margin last quarter',
          'Return rate by department vs same period last year',
          'What do customers complain about in knits?',
        ],
      }}
    />
  </>
);
