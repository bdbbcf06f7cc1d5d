import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { formatDate } from '../lib/format-date';
import { Field, Form, FormActions, onSubmitted, useFormErrors } from '../lib/forms';
import { EVIDENCE_ACCEPT, evidenceUploadUrl, fileSize } from './investigation-input';
import { DELETE_EVIDENCE_FILE } from './queries';

interface EvidenceRow {
  id: string;
  fileName: string;
  kind: string;
  sizeBytes: number;
  description: string | null;
  uploadedAt: string;
}

/**
 * The investigation's evidence files: uploaded to POST /evidence (the API checks the size and
 * the content), downloaded from GET /evidence/:id, deleted (audited) while the file is open.
 */
export function EvidenceSection({
  complaintId,
  files,
  mayChange,
  onDone,
}: {
  complaintId: string;
  files: readonly EvidenceRow[];
  mayChange: boolean;
  onDone: (message: string) => Promise<void>;
}) {
  const form = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  // a new key empties the file input after an upload
  const [inputKey, setInputKey] = useState(0);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [remove] = useMutation(DELETE_EVIDENCE_FILE);

  async function upload() {
    if (form.check(file ? {} : { file: 'Choose a file to upload.' })) return;
    form.clear();
    setBusy(true);
    try {
      const res = await fetch(evidenceUploadUrl(complaintId, file!.name, description), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as {
          errors?: { message: string }[];
        } | null;
        form.fail({
          fields: { file: body?.errors?.[0]?.message ?? 'The upload failed.' },
          form: null,
        });
        return;
      }
      setFile(null);
      setInputKey((k) => k + 1);
      setDescription('');
      await onDone(`${file!.name} uploaded.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">Evidence</h3>
      {files.length === 0 ? (
        <p className="empty">No evidence files yet.</p>
      ) : (
        <ul aria-label="Evidence files">
          {files.map((f) => (
            <li key={f.id} data-testid="evidence-file">
              <a href={`/evidence/${f.id}`} download={f.fileName}>
                {f.fileName}
              </a>{' '}
              ({f.kind.toUpperCase()}, {fileSize(f.sizeBytes)},{' '}
              {formatDate(f.uploadedAt.slice(0, 10))}){f.description ? ` — ${f.description}` : ''}{' '}
              {mayChange ? (
                <button
                  type="button"
                  className="no-print"
                  aria-label={`Delete ${f.fileName}`}
                  onClick={async () => {
                    if (!window.confirm(`Delete ${f.fileName}?`)) return;
                    try {
                      await remove({ variables: { fileId: f.id } });
                      await onDone(`${f.fileName} deleted.`);
                    } catch (error) {
                      form.failFrom(error, ['file']);
                    }
                  }}
                >
                  Delete
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {mayChange ? (
        <Form
          id="evidence-upload"
          state={form}
          onSubmit={onSubmitted(upload)}
          level={4}
          label="Upload evidence"
        >
          <Field
            name="file"
            label="Evidence file"
            hint="PDF, Word, Excel, PNG, JPEG, text or e-mail; up to the size your organisation allows"
          >
            {(p) => (
              <input
                {...p}
                key={inputKey}
                type="file"
                accept={EVIDENCE_ACCEPT}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <Field name="description" label="What the file is">
            {(p) => (
              <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />
            )}
          </Field>
          <FormActions submit="Upload" busy="Uploading…" loading={busy} />
        </Form>
      ) : null}
    </section>
  );
}
