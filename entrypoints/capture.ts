// Injected into the active tab only when the user clicks Askwell (scripting.executeScript under
// activeTab). Reads the page and returns the result to the popup; writes nothing, sends nothing.
// A page still rendering is watched for at most 2 s.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureWhenReady } from '@/lib/profiles/wait';

export default defineUnlistedScript(() => captureWhenReady(document, () => location.href));
