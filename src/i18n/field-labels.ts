import type { Locale } from '../schemas/index.ts';

/**
 * How the contribution form names each field of the entry files, by key. A field added to a schema
 * and not named here still appears in the form, under its key, with the schema's own description.
 */
const LABELS: Record<Locale, Record<string, string>> = {
  fr: {
    name: 'Nom', summary: 'Résumé (une phrase)', website: 'Site web', source: 'Dépôt du code', license: 'Licence (SPDX)', type: 'Type', status: 'Statut',
    use_cases: 'Cas d’usage', developers: 'Développé par', used_by: 'Utilisé par', organization: 'Organisation', url: 'Adresse (instance ou preuve)', since: 'Depuis (année)',
    languages: 'Langues', software_type: 'Sorte de logiciel', platforms: 'Plateformes', maintenance: 'Maintenance', criteria: 'Critères', tags: 'Mots-clés',
    last_activity: 'Dernière activité (date)', reviewed: 'Vérifié le', sources: 'Sources (une URL par ligne)', lang: 'Langue du texte', country: 'Pays',
    curator: 'Curateur', tools: 'Outils', tool: 'Outil', note: 'Note', updated: 'Mis à jour le', question: 'Question', values: 'Valeurs', labels: 'Libellés',
    organizers: 'Organisateurs', partners: 'Partenaires', start: 'Début', end: 'Fin', phases: 'Phases', phase: 'Phase', place: 'Lieu', online: 'En ligne',
    figures: 'Chiffres', participants: 'Participants', ideas: 'Idées', teams: 'Équipes', projects: 'Projets', selected: 'Retenus', funded: 'Financés',
    challenges: 'Défis', id: 'Identifiant', statement: 'Énoncé', description: 'Description', weight: 'Poids', ogp_commitment: 'Engagement OGP', plan: 'Plan d’action',
    commitment: 'Engagement', event: 'Événement', challenge: 'Défi', team: 'Équipe', organizations: 'Organisations', reuses: 'Réutilise', timeline: 'Étapes',
    step: 'Étape', date: 'Date', parent: 'Cas d’usage parent', notes: 'Notes',
  },
  en: {
    name: 'Name', summary: 'Summary (one sentence)', website: 'Website', source: 'Code repository', license: 'Licence (SPDX)', type: 'Type', status: 'Status',
    use_cases: 'Use cases', developers: 'Developed by', used_by: 'Used by', organization: 'Organisation', url: 'Address (instance or evidence)', since: 'Since (year)',
    languages: 'Languages', software_type: 'Kind of software', platforms: 'Platforms', maintenance: 'Maintenance', criteria: 'Criteria', tags: 'Keywords',
    last_activity: 'Latest activity (date)', reviewed: 'Checked on', sources: 'Sources (one URL per line)', lang: 'Language of the text', country: 'Country',
    curator: 'Curator', tools: 'Tools', tool: 'Tool', note: 'Note', updated: 'Updated on', question: 'Question', values: 'Values', labels: 'Labels',
    organizers: 'Organisers', partners: 'Partners', start: 'Start', end: 'End', phases: 'Phases', phase: 'Phase', place: 'Place', online: 'Online',
    figures: 'Figures', participants: 'Participants', ideas: 'Ideas', teams: 'Teams', projects: 'Projects', selected: 'Selected', funded: 'Funded',
    challenges: 'Challenges', id: 'Identifier', statement: 'Statement', description: 'Description', weight: 'Weight', ogp_commitment: 'OGP commitment', plan: 'Action plan',
    commitment: 'Commitment', event: 'Event', challenge: 'Challenge', team: 'Team', organizations: 'Organisations', reuses: 'Reuses', timeline: 'Timeline',
    step: 'Step', date: 'Date', parent: 'Parent use case', notes: 'Notes',
  },
  ar: {
    name: 'الاسم', summary: 'الملخّص (جملة واحدة)', website: 'الموقع الإلكتروني', source: 'مستودع الشيفرة', license: 'الترخيص (SPDX)', type: 'النوع', status: 'الحالة',
    use_cases: 'حالات الاستخدام', developers: 'الجهة المطوِّرة', used_by: 'الجهات المستخدِمة', organization: 'المنظمة', url: 'العنوان (النسخة أو الدليل)', since: 'منذ (السنة)',
    languages: 'اللغات', software_type: 'صنف البرمجية', platforms: 'المنصّات', maintenance: 'الصيانة', criteria: 'المعايير', tags: 'كلمات مفتاحية',
    last_activity: 'آخر نشاط (تاريخ)', reviewed: 'تاريخ التحقق', sources: 'المصادر (عنوان URL في كل سطر)', lang: 'لغة النص', country: 'البلد',
    curator: 'الجهة المنسِّقة', tools: 'الأدوات', tool: 'الأداة', note: 'ملاحظة', updated: 'تاريخ التحديث', question: 'السؤال', values: 'القيم', labels: 'التسميات',
    organizers: 'الجهات المنظِّمة', partners: 'الشركاء', start: 'البداية', end: 'النهاية', phases: 'المراحل', phase: 'المرحلة', place: 'المكان', online: 'عبر الإنترنت',
    figures: 'الأرقام', participants: 'المشاركون', ideas: 'الأفكار', teams: 'الفرق', projects: 'المشاريع', selected: 'المختارة', funded: 'المموَّلة',
    challenges: 'التحديات', id: 'المعرِّف', statement: 'نص التحدي', description: 'الوصف', weight: 'الوزن', ogp_commitment: 'التزام شراكة الحكومة المنفتحة', plan: 'خطة العمل',
    commitment: 'الالتزام', event: 'الفعالية', challenge: 'التحدي', team: 'الفريق', organizations: 'المنظمات', reuses: 'يعيد استخدام', timeline: 'المراحل الزمنية',
    step: 'الخطوة', date: 'التاريخ', parent: 'حالة الاستخدام الأوسع', notes: 'الملاحظات',
  },
};

/** The field's name in `locale`, or its key written as words when no label exists yet. */
export function fieldLabel(key: string, locale: Locale): string {
  return LABELS[locale]?.[key] ?? LABELS.en[key] ?? key.replace(/_/g, ' ');
}

/** Every label of a locale, for the form's script. */
export function fieldLabels(locale: Locale): Record<string, string> {
  return LABELS[locale] ?? LABELS.en;
}
