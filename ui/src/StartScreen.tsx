// The start screen: the drafts in the app data folder (name, province, entity, last edit, error
// count), with new, open, save as, export, import and delete. A damaged file is listed with its
// problem and never changed.
import { useEffect, useState } from "react";
import { Alert, Button, Input, Modal, Popconfirm, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { AppInfo, DraftEntry } from "./generated/types";
import { api, errorAdvice, errorMessage } from "./api";
import { Label } from "./form";
import { AboutButton } from "./About";
import { afterPresented, localTime, oneLanguage, pick, useLang, UI, type Text } from "./i18n";

/** An error to show: the shell's error (shown in the chosen language) and what was being done. */
export interface ShownError {
  error: unknown;
  context?: Text;
}

interface Props {
  info: AppInfo;
  onOpen: (name: string) => void;
  onNew: (name: string) => void;
  error: ShownError | null;
  setError: (e: ShownError | null) => void;
  /** Called once the drafts are listed and painted. */
  onReady?: () => void;
}

export function StartScreen({ info, onOpen, onNew, error, setError, onReady }: Props) {
  const lang = useLang();
  const [drafts, setDrafts] = useState<DraftEntry[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [naming, setNaming] = useState<null | { mode: "new" } | { mode: "saveas"; from: string }>(null);
  const [nameInput, setNameInput] = useState("");

  const refresh = () => api.listDrafts().then(setDrafts, (e) => setError({ error: e }));
  useEffect(() => {
    void refresh();
  }, []);
  const listed = drafts !== null;
  useEffect(() => {
    if (listed && onReady) afterPresented(onReady);
  }, [listed, onReady]);

  const provinceName = (p: string | null | undefined) => {
    const found = info.provinces.find((x) => x.province === p);
    return found ? (lang === "zh" ? found.name_zh : found.name_en) : "—";
  };

  const confirmName = async () => {
    if (!naming) return;
    const name = nameInput.trim();
    if (!name) return;
    try {
      if (naming.mode === "new") onNew(name);
      else {
        const created = await api.duplicateDraft(naming.from, name);
        setNotice(`${pick(UI.saveAs, lang)}: ${created}`);
        await refresh();
      }
      setNaming(null);
    } catch (e) {
      setError({ error: e });
    }
  };

  const doExport = async (name: string) => {
    try {
      const path = await api.exportDraft(name);
      if (path) setNotice(`${pick(UI.savedTo, lang)} ${path}`);
    } catch (e) {
      setError({ error: e });
    }
  };
  const doImport = async () => {
    try {
      const name = await api.importDraft();
      if (name) {
        setNotice(`${pick(UI.importDraft, lang)}: ${name}`);
        await refresh();
      }
    } catch (e) {
      setError({ error: e });
    }
  };
  const doDelete = async (name: string) => {
    try {
      await api.deleteDraft(name);
      await refresh();
    } catch (e) {
      setError({ error: e });
    }
  };

  return (
    <div className="start" id="start-screen">
      <div className="start-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          <Label text={UI.drafts} />
        </Typography.Title>
        <Space>
          <Button id="new-draft" type="primary" onClick={() => { setNameInput(lang === "zh" ? "新草稿" : "New draft"); setNaming({ mode: "new" }); }}>
            + {pick(UI.newDraft, lang)}
          </Button>
          <Button id="import-draft" onClick={doImport}>
            {pick(UI.importDraft, lang)}
          </Button>
          <AboutButton info={info} />
        </Space>
      </div>
      {error && (
        <Alert
          id="start-error"
          type="error"
          showIcon
          closable
          onClose={() => setError(null)}
          message={pick(UI.error, lang)}
          description={
            <>
              <div className="error-message">
                {error.context ? `${pick(error.context, lang)}${lang === "zh" ? "：" : ": "}` : ""}
                {errorMessage(error.error, lang)}
              </div>
              {errorAdvice(error.error, lang) && <div className="error-advice">{errorAdvice(error.error, lang)}</div>}
            </>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {notice && <Alert id="start-notice" type="success" showIcon closable onClose={() => setNotice(null)} message={notice} style={{ marginBottom: 12 }} />}
      <Table
        id="draft-table"
        rowKey="name"
        size="middle"
        loading={drafts === null}
        dataSource={drafts ?? []}
        pagination={false}
        locale={{ emptyText: pick(UI.noDrafts, lang) }}
        onRow={(r) => ({ "data-draft": r.name } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          {
            title: pick(UI.draftName, lang),
            key: "name",
            render: (_, r) => (
              <Button type="link" className="open-draft" onClick={() => onOpen(r.name)} style={{ padding: 0 }}>
                {r.name}
              </Button>
            ),
          },
          { title: pick(UI.province, lang), key: "province", render: (_, r) => provinceName(r.province) },
          { title: pick(UI.entityName, lang), key: "entity", dataIndex: "entity_name", ellipsis: true },
          {
            title: pick(UI.lastEdit, lang),
            key: "modified",
            render: (_, r) => (r.modified ? localTime(new Date(r.modified), lang, true) : "—"),
          },
          {
            title: pick(UI.errors, lang),
            key: "errors",
            render: (_, r) =>
              r.problem ? (
                <Tooltip title={oneLanguage(r.problem, lang)}>
                  <Tag color="volcano" className="draft-problem">{pick(UI.unreadable, lang)}</Tag>
                </Tooltip>
              ) : (
                <Tag color={r.error_count ? "red" : "green"} className="error-count">{r.error_count ?? 0}</Tag>
              ),
          },
          {
            title: pick(UI.actions, lang),
            key: "actions",
            render: (_, r) => (
              <Space size={2} wrap>
                <Button size="small" className="saveas-draft" disabled={!!r.problem} onClick={() => { setNameInput(`${r.name}-2`); setNaming({ mode: "saveas", from: r.name }); }}>
                  {pick(UI.saveAs, lang)}
                </Button>
                <Button size="small" className="export-draft" disabled={!!r.problem} onClick={() => doExport(r.name)}>
                  {pick(UI.export, lang)}
                </Button>
                <Popconfirm title={pick(UI.deleteConfirm, lang)} onConfirm={() => doDelete(r.name)} okText={pick(UI.ok, lang)} cancelText={pick(UI.cancel, lang)}>
                  <Button size="small" danger className="delete-draft">
                    {pick(UI.delete, lang)}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} className="small">
        {lang === "zh" ? "草稿保存在" : "Drafts are kept in"} <code>{info.drafts_dir}</code>
      </Typography.Paragraph>
      <Modal
        open={naming !== null}
        title={naming?.mode === "saveas" ? pick(UI.saveAs, lang) : pick(UI.newDraft, lang)}
        onOk={confirmName}
        onCancel={() => setNaming(null)}
        okText={pick(UI.ok, lang)}
        cancelText={pick(UI.cancel, lang)}
        okButtonProps={{ id: "name-ok" }}
        destroyOnClose
      >
        <Label text={UI.draftName} />
        <Input
          id="draft-name-input"
          autoFocus
          value={nameInput}
          maxLength={80}
          onChange={(e) => setNameInput(e.target.value)}
          onPressEnter={(e) => {
            if (e.nativeEvent.isComposing || e.keyCode === 229) return;
            void confirmName();
          }}
        />
      </Modal>
    </div>
  );
}
