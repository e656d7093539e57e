import { render } from 'preact';
import '@/components/theme.css';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';

const root = document.getElementById('app');
if (root) render(<SidePanelApp />, root);
