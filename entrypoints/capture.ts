// Injected into the active tab only when the user clicks Askwell (scripting.executeScript under
// activeTab). Reads the page and returns the result to the popup; writes nothing, sends nothing.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readProfile } from '@/lib/profiles';

export default defineUnlistedScript(() => readProfile(document, location.href));
