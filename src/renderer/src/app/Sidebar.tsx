import type { PageId } from '../../../shared/contract';
import { Kbd } from '../components/Kbd';
import { brandIcon, pages } from './page-registry';

interface SidebarProps {
  current: PageId;
  onNavigate: (page: PageId) => void;
  modifier: string;
}

export const Sidebar = ({ current, onNavigate, modifier }: SidebarProps) => (
  <nav className="sidebar" aria-label="Main">
    <div className="sidebar__brand">
      <span className="sidebar__logo" aria-hidden="true">
        {brandIcon}
      </span>
      <span className="sidebar__name">Aisle</span>
    </div>
    <ul className="sidebar__list">
      {pages.map((page, index) => (
        <li key={page.id}>
          <button
            type="button"
            className="nav-item"
            aria-current={page.id === current ? 'page' : undefined}
            title={`${page.hint} (${modifier}+${index + 1})`}
            onClick={() => onNavigate(page.id)}
            data-page={page.id}
          >
            <span className="nav-item__icon" aria-hidden="true">
              {page.icon}
            </span>
            <span className="nav-item__label">{page.label}</span>
            <Kbd keys={[modifier, String(index + 1)]} />
          </button>
        </li>
      ))}
    </ul>
    <p className="sidebar__footer">Retail analytics, on your desk.</p>
  </nav>
);
