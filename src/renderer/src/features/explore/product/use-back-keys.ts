import { useEffect } from 'react';
import { isTyping } from '../../../app/is-typing';

/** Whether a key press belongs to a field (or a select, or an editor) rather than to the page. */

/** Esc, or Backspace outside a field, goes back: the quick way out of a product to the grid. */
export const useBackKeys = (onBack: () => void): void => {
  useEffect(() => {
    const listen = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'Escape' && event.key !== 'Backspace') return;
      // Esc in a search box clears it; only an empty page-level Esc leaves.
      if (isTyping(event.target)) return;
      event.preventDefault();
      onBack();
    };
    window.addEventListener('keydown', listen);
    return () => window.removeEventListener('keydown', listen);
  }, [onBack]);
};
