// The side panel page: wiring only (components/sidepanel holds the panel).
import { render } from 'preact';
import '@/components/theme.css';
import '@/components/sidepanel/sidepanel.css';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { prefetchFirstPage } from '@/components/sidepanel/useProspectIndex';

// The first rows are read while the panel renders its frame, not after.
prefetchFirstPage();

const root = document.getElementById('app');
if (root) render(<SidePanelApp />, root);
