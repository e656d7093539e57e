/** Whether a prospect works at the user's own company, where a mentor carries political risk. */
import type { Prospect } from '@/lib/db/types';
import type { MyProfile } from '@/lib/settings-types';

/** How company names are compared: the linter's same-company rule, so that both always agree. */
export interface CompanyRules {
  normaliseCompany(name: string): string;
  companyFromHeadline(headline: string): string | undefined;
}

/**
 * The linter's rule module, loaded on demand: it brings the linter's phrase patterns along, which
 * the side panel's first paint does not need.
 */
export const loadCompanyRules = (): Promise<CompanyRules> => import('@/lib/drafts/rules/same-company');

/**
 * Their company (or the one their headline names) when it is the user's own, compared without
 * case, accents, punctuation or legal forms ("ACME Inc." = "Acme"); otherwise undefined.
 */
export function sharedCompany(
  prospect: Pick<Prospect, 'company' | 'headline'>,
  me: Pick<MyProfile, 'company'>,
  { normaliseCompany, companyFromHeadline }: CompanyRules,
): string | undefined {
  const mine = me.company.trim();
  const theirs =
    prospect.company?.trim() || (prospect.headline ? companyFromHeadline(prospect.headline) : undefined);
  if (!mine || !theirs) return undefined;
  const key = normaliseCompany(mine);
  return key && key === normaliseCompany(theirs) ? theirs : undefined;
}
