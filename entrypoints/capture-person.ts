// Injected like capture.js, but only when the user asks to "Capture this page anyway" on a page
// Askwell has no reader for: reads a schema.org Person from it. Writes nothing, sends nothing.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readGenericPerson } from '@/lib/profiles';

export default defineUnlistedScript(() => readGenericPerson(document, location.href));
