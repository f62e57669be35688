import { moneyFormat, type MoneyFormat } from '../../../shared/format/money';
import { useActiveSource } from './active-source';
import { useSources } from './hooks';

/**
 * The ISO code a source's money is in (the active source when none is named); null when the
 * source does not say, or while the source list loads: plain numbers rather than a guessed symbol.
 */
export const useSourceCurrency = (sourceId?: string): string | null => {
  const { activeId } = useActiveSource();
  const { data } = useSources();
  const wanted = sourceId ?? activeId;
  return data?.sources.find((source) => source.id === wanted)?.currency ?? null;
};

/** Money formatters for a source (the active one when none is named): "£1.2M", "£60.99"; one object per currency. */
export const useMoney = (sourceId?: string): MoneyFormat => moneyFormat(useSourceCurrency(sourceId));
