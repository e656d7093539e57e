// The side panel page: wiring only (components/sidepanel holds the panel).
import { render } from 'preact';
import '@/components/theme.css';
import '@/components/sidepanel/sidepanel.css';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';

const root = document.getElementById('app');
if (root) render(<SidePanelApp />, root);
