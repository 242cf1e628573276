/** The collections of the library, and how each is named on the page. */
export const COLLECTIONS = ['methods', 'cases', 'glossary', 'readings', 'sources', 'places', 'themes'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The Chinese name of one entry of each collection, as shown in labels and search filters. */
export const TYPE_LABEL: Record<CollectionName, string> = {
  methods: '方法',
  cases: '案例',
  glossary: '术语',
  readings: '学习路径',
  sources: '来源',
  places: '地点',
  themes: '主题',
};

export function isCollectionName(value: string): value is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(value);
}
