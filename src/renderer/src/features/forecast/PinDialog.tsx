import { TitleDialog } from '../../components/TitleDialog';

interface PinDialogProps {
  initialTitle: string;
  /** What pinning does, in a sentence under the title. */
  hint: string;
  onPin: (title: string) => Promise<void>;
  onClose: () => void;
}

/** Asks for a report title and pins the forecast under it. */
export const PinDialog = ({ initialTitle, hint, onPin, onClose }: PinDialogProps) => (
  <TitleDialog
    heading="Pin forecast as a report"
    initialTitle={initialTitle}
    hint={hint}
    action="Pin as report"
    busyAction="Pinning…"
    emptyMessage="Give the report a title."
    onSubmit={onPin}
    onClose={onClose}
  />
);
