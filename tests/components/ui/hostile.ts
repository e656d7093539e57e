// Strings a profile page could put in any captured field, to prove the UI renders them as text.
export const SCRIPT_IMG = '<img src=x onerror="window.__pwned=1">';
export const HOSTILE_STRINGS: readonly string[] = [
  SCRIPT_IMG,
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">click</a>',
  'Ada \u202Eecalevol\u202C Lovelace', // right-to-left override
  'lone high \ud800 and low \udc00 surrogates',
  'NUL \u0000 inside',
  '&lt;b&gt;entities&lt;/b&gt; &amp; more',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u200b\u200d\ufeff zero-width',
];
/** 100 KB of markup-looking text. */
export const HUNDRED_KB = `${'<b onclick=x>&amp;'.repeat(5600)}`.slice(0, 100_000);
