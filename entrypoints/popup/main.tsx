// The popup's entry: start reading the tab before the first render, then render the shell at once.
import { render } from 'preact';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { browserServices, startPopup } from '@/components/popup/services';

const services = browserServices();
const start = startPopup(services);
const root = document.getElementById('app');
if (root) render(<PopupApp services={services} start={start} />, root);
