import { z } from 'zod';
import { recordFields } from './record';

export const client = z
  .object({
    ...recordFields,
    nameAr: z.string().trim().max(120).default(''),
    nameEn: z.string().trim().max(120).default(''),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .default('#0f766e'),
    notes: z.string().max(4000).default(''),
    archived: z.boolean().default(false),
  })
  .refine((c) => c.nameAr.length > 0 || c.nameEn.length > 0, { message: 'clientName', path: ['nameAr'] });

export type Client = z.infer<typeof client>;
