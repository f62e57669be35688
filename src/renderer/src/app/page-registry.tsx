import { BarChart3, Database, FileText, LineChart, MessageSquareText, Settings, ShoppingBag } from 'lucide-react';
import type { ReactNode } from 'react';
import { pageIds, type PageId } from '../../../shared/contract';

export interface PageEntry {
  id: PageId;
  label: string;
  icon: ReactNode;
  /** One line for the navigation tooltip. */
  hint: string;
}

const entries: Record<PageId, Omit<PageEntry, 'id'>> = {
  ask: { label: 'Ask', icon: <MessageSquareText size={18} />, hint: 'Ask questions in plain English' },
  explore: { label: 'Explore', icon: <ShoppingBag size={18} />, hint: 'Products, images and reviews' },
  forecast: { label: 'Forecast', icon: <LineChart size={18} />, hint: 'Forecasts with honest intervals' },
  sql: { label: 'SQL', icon: <Database size={18} />, hint: 'Write and run SQL' },
  reports: { label: 'Reports', icon: <FileText size={18} />, hint: 'Saved answers, offline review, decks' },
  settings: { label: 'Settings', icon: <Settings size={18} />, hint: 'Appearance, data and about' },
};

export const pages: readonly PageEntry[] = pageIds.map((id) => ({ id, ...entries[id] }));

export const brandIcon = <BarChart3 size={18} />;
