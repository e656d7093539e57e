// The popup's entry: start reading the tab before the first render, then render the shell at once.
// The styles come inlined in this script: a stylesheet link would cost the popup a round trip
// (measured: ~25 ms in Chromium) before anything, the captured name included, could be painted.

import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import popupCss from '@/components/popup/popup.css?inline';
import { browserServices, startPopup } from '@/components/popup/services';
import themeCss from '@/components/theme.css?inline';

const services = browserServices();
const start = startPopup(services);
const style = document.createElement('style');
style.textContent = themeCss + popupCss;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<PopupApp services={services} start={start} />, root);
