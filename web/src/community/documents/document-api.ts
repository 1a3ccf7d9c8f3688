// Documents as the staff API answers them (src/http/routes/documents.ts), and the queries that read them.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { Audience } from '../../../../src/domain/community/audience.ts';
import type { FolderScope, LegalSection } from '../../../../src/domain/community/documents.ts';

export interface DocumentFolder {
  id: string;
  parentId: string | null;
  name: string;
  scope: FolderScope;
  propertyId: string | null;
  unitId: string | null;
  relationId: string | null;
  personId: string | null;
  audience: Audience | null;
  legalSection: LegalSection | null;
  documentCount?: number;
}

export interface StaffDocument {
  id: string;
  folderId: string;
  title: string;
  documentType: string;
  audience: Audience | null;
  personId: string | null;
  documentDate: string | null;
  filename: string;
  contentType: string;
  sizeBytes: number;
  digestedAt: string | null;
  createdAt: string;
  url: string;
}

export interface ChecklistLine {
  documentType: string;
  required: number;
  present: number;
  missing: null | 'none' | 'too_few' | 'outdated';
}

export interface LegalSpace {
  property: { id: string; name: string };
  sections: { section: LegalSection; types: string[]; folder: DocumentFolder | null; folders: DocumentFolder[] }[];
  checklist: ChecklistLine[];
}

export interface Download {
  id: string;
  downloadedAt: string;
  who: 'staff' | 'resident';
  name: string;
}

/** The folders of one place: the agency ('agency') or a property (its id). */
export const useFolders = (place: string | null) =>
  useQuery({
    queryKey: ['document-folders', place],
    queryFn: async () => (await api.get<{ items: DocumentFolder[] }>(place === 'agency' ? '/api/v1/documents/folders?scope=agency' : `/api/v1/documents/folders?propertyId=${place}`)).items,
    enabled: place !== null,
  });

export const useFolder = (id: string | null) =>
  useQuery({
    queryKey: ['document-folder', id],
    queryFn: () => api.get<{ folder: DocumentFolder; documents: StaffDocument[] }>(`/api/v1/documents/folders/${id}`),
    enabled: id !== null,
  });

export const useChecklists = () =>
  useQuery({
    queryKey: ['legal-checklist'],
    queryFn: async () => (await api.get<{ items: { property: { id: string; name: string }; missing: number; checklist: ChecklistLine[] }[] }>('/api/v1/documents/legal-checklist')).items,
  });

export const useLegalSpace = (propertyId: string | null) =>
  useQuery({
    queryKey: ['legal-space', propertyId],
    queryFn: () => api.get<LegalSpace>(`/api/v1/documents/legal-space/${propertyId}`),
    enabled: propertyId !== null,
  });

/** The query keys a change of documents makes stale. */
export const DOCUMENT_KEYS = [['document-folders'], ['document-folder'], ['legal-checklist'], ['legal-space']];
