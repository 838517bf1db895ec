// The workspace (start screen): every draft in the app data folder with the core's workspace row
// (entity, province, kind, state, errors, warnings, the next date and overdue public-security
// filings), sorted, filtered and searched here; new, open, save as, export, import, delete, and the
// calendar of every draft as an .ics file. A damaged file is listed with its problem and never
// changed. The filter lives in App, so it is still set when the user comes back from a draft.
import { useEffect, useMemo, useState } from "react";
import { Alert, Button, Card, Checkbox, Input, Modal, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import type { AppInfo, Workspace, WorkspaceRow } from "./generated/types";
import { api, errorAdvice, errorMessage } from "./api";
import { enumOptions, Label } from "./form";
import { AboutButton } from "./About";
import { afterPaint, afterPresented, localTime, pick, useLang, UI, type Text } from "./i18n";
import { markStartup, markWorkspaceLoaded } from "./testState";

/** An error to show: the shell's error (shown in the chosen language) and what was being done. */
export interface ShownError {
  error: unknown;
  context?: Text;
}

/** What the workspace table is filtered by (kept by App across screens). */
export interface WorkspaceFilter {
  search: string;
  province: string | null;
  status: string | null;
  onlyErrors: boolean;
}
export const NO_FILTER: WorkspaceFilter = { search: "", province: null, status: null, onlyErrors: false };

interface Props {
  info: AppInfo;
  onOpen: (name: string) => void;
  onNew: (name: string) => void;
  error: ShownError | null;
  setError: (e: ShownError | null) => void;
  filter: WorkspaceFilter;
  setFilter: (f: WorkspaceFilter) => void;
  /** Called once the drafts are listed and painted. */
  onReady?: () => void;
  /** The rows asked for before the first render (listed, or on their way): shown instead of
   * asking again, then `onRowsTaken` is called so a later visit asks afresh. */
  firstRows?: Workspace | Promise<Workspace>;
  onRowsTaken?: () => void;
}

/** One line of the table: a readable draft's row, or an unreadable file with its problem. */
interface Item {
  name: string;
  row?: WorkspaceRow;
  problem?: { zh: string; en: string };
}

const STATUS_COLOR: Record<string, string> = { draft: "default", submitted: "processing", approved: "success", "change-pending": "warning" };

export function StartScreen({ info, onOpen, onNew, error, setError, filter, setFilter, onReady, firstRows, onRowsTaken }: Props) {
  const lang = useLang();
  const [ws, setWs] = useState<Workspace | null>(() => (firstRows && !(firstRows instanceof Promise) ? firstRows : null));
  const [notice, setNotice] = useState<string | null>(null);
  const [naming, setNaming] = useState<null | { mode: "new" } | { mode: "saveas"; from: string }>(null);
  const [nameInput, setNameInput] = useState("");

  const load = (rows: Promise<Workspace>) => rows.then(setWs, (e) => setError({ error: e }));
  const refresh = () => load(api.workspaceRows());
  useEffect(() => {
    if (firstRows) {
      onRowsTaken?.();
      if (firstRows instanceof Promise) void load(firstRows);
    } else {
      void refresh();
    }
  }, []);
  useEffect(() => {
    if (ws) afterPaint(markWorkspaceLoaded);
  }, [ws]);
  const listed = ws !== null;
  useEffect(() => {
    if (!listed) return;
    markStartup("rows-mounted");
    if (onReady) afterPresented(onReady);
  }, [listed, onReady]);

  const provinceName = (p: string | null | undefined) => {
    const found = info.provinces.find((x) => x.province === p);
    return found ? (lang === "zh" ? found.name_zh : found.name_en) : "—";
  };
  const statusOptions = enumOptions("FilingStatus");
  const kindOptions = enumOptions("ApplicationKind");
  const labelOf = (options: { value: string; label: Text }[], v: string) => {
    const o = options.find((x) => x.value === v);
    return o ? pick(o.label, lang) : v;
  };

  const items: Item[] = useMemo(
    () => [
      ...(ws?.rows ?? []).map((row) => ({ name: row.name, row })),
      ...(ws?.unreadable ?? []).map((u) => ({ name: u.name, problem: { zh: u.message_zh, en: u.message_en } })),
    ],
    [ws],
  );
  const shown = useMemo(() => {
    const q = filter.search.trim().toLowerCase();
    return items.filter((it) => {
      if (q && !`${it.name} ${it.row?.entity ?? ""}`.toLowerCase().includes(q)) return false;
      if (filter.province && it.row?.province !== filter.province) return false;
      if (filter.status && it.row?.status !== filter.status) return false;
      if (filter.onlyErrors && !(it.row && it.row.errors > 0)) return false;
      return true;
    });
  }, [items, filter]);
  const provincesPresent = useMemo(
    () => [...new Set((ws?.rows ?? []).map((r) => r.province))].sort((a, b) => provinceName(a).localeCompare(provinceName(b), lang === "zh" ? "zh-CN" : "en")),
    [ws, lang],
  );
  // The next date of each draft, soonest first (each row's next date is the core's).
  const upcoming = useMemo(
    () =>
      (ws?.rows ?? [])
        .filter((r) => r.next)
        .sort((a, b) => (a.next!.date < b.next!.date ? -1 : a.next!.date > b.next!.date ? 1 : a.name.localeCompare(b.name)))
        .slice(0, 6),
    [ws],
  );
  const filtered = filter.search !== "" || filter.province !== null || filter.status !== null || filter.onlyErrors;

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
  const doCalendar = async () => {
    try {
      const saved = await api.exportCalendar(lang);
      if (saved) setNotice(`${saved.events} ${pick(UI.calendarSaved, lang)} ${saved.path}`);
    } catch (e) {
      setError({ error: e });
    }
  };

  return (
    <div className="start" id="start-screen">
      <div className="start-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          <Label text={UI.workspace} />
        </Typography.Title>
        <Space wrap>
          <Button id="new-draft" type="primary" onClick={() => { setNameInput(lang === "zh" ? "新草稿" : "New draft"); setNaming({ mode: "new" }); }}>
            + {pick(UI.newDraft, lang)}
          </Button>
          <Button id="import-draft" onClick={doImport}>
            {pick(UI.importDraft, lang)}
          </Button>
          <Button id="export-calendar" onClick={doCalendar} disabled={!ws || ws.rows.length === 0}>
            {pick(UI.exportCalendar, lang)}
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
      <div className="ws-filters" id="ws-filters">
        <Input.Search
          id="ws-search"
          allowClear
          placeholder={pick(UI.searchDrafts, lang)}
          value={filter.search}
          onChange={(e) => setFilter({ ...filter, search: e.target.value })}
          style={{ width: 240 }}
        />
        <Select
          id="ws-province"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={pick(UI.allProvinces, lang)}
          value={filter.province ?? undefined}
          onChange={(v) => setFilter({ ...filter, province: v ?? null })}
          options={provincesPresent.map((p) => ({ value: p, label: provinceName(p) }))}
          style={{ width: 160 }}
        />
        <Select
          id="ws-status"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={pick(UI.allStates, lang)}
          value={filter.status ?? undefined}
          onChange={(v) => setFilter({ ...filter, status: v ?? null })}
          options={statusOptions.map((o) => ({ value: o.value, label: pick(o.label, lang) }))}
          style={{ width: 150 }}
        />
        <Checkbox id="ws-errors" checked={filter.onlyErrors} onChange={(e) => setFilter({ ...filter, onlyErrors: e.target.checked })}>
          {pick(UI.onlyErrors, lang)}
        </Checkbox>
        <Typography.Text type="secondary" id="ws-count" data-shown={shown.length} data-total={items.length}>
          {pick(UI.shownOf, lang)} {shown.length} / {items.length}
        </Typography.Text>
        {filtered && (
          <Button size="small" type="link" id="ws-clear" onClick={() => setFilter(NO_FILTER)}>
            {pick(UI.clearFilters, lang)}
          </Button>
        )}
      </div>
      <Table<Item>
        id="draft-table"
        rowKey="name"
        size="middle"
        loading={ws === null}
        dataSource={shown}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: pick(UI.noDrafts, lang) }}
        onRow={(r) => ({ "data-draft": r.name, "data-status": r.row?.status ?? "unreadable" } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          {
            title: pick(UI.draftName, lang),
            key: "name",
            sorter: (a, b) => a.name.localeCompare(b.name),
            render: (_, r) => (
              <Button type="link" className="open-draft" onClick={() => onOpen(r.name)} style={{ padding: 0, whiteSpace: "normal", textAlign: "left", height: "auto" }}>
                {r.name}
              </Button>
            ),
          },
          {
            title: pick(UI.entityName, lang),
            key: "entity",
            ellipsis: true,
            sorter: (a, b) => (a.row?.entity ?? "").localeCompare(b.row?.entity ?? "", "zh-CN"),
            render: (_, r) => r.row?.entity || "—",
          },
          {
            title: pick(UI.province, lang),
            key: "province",
            width: 110,
            className: "ws-nowrap",
            sorter: (a, b) => provinceName(a.row?.province).localeCompare(provinceName(b.row?.province), "zh-CN"),
            render: (_, r) => (r.row ? provinceName(r.row.province) : "—"),
          },
          {
            title: `${pick(UI.kind, lang)} · ${pick(UI.state, lang)}`,
            key: "state",
            width: 140,
            sorter: (a, b) => (a.row?.status ?? "").localeCompare(b.row?.status ?? ""),
            render: (_, r) =>
              r.row ? (
                <div className="ws-state">
                  <span className="ws-kind">{labelOf(kindOptions, r.row.kind)}</span>
                  <Tag color={STATUS_COLOR[r.row.status]} className="ws-status" data-status={r.row.status}>
                    {labelOf(statusOptions, r.row.status)}
                  </Tag>
                </div>
              ) : (
                "—"
              ),
          },
          {
            title: `${pick(UI.errors, lang)} / ${pick(UI.warnings, lang)}`,
            key: "errors",
            width: 110,
            sorter: (a, b) => (a.row?.errors ?? -1) - (b.row?.errors ?? -1) || (a.row?.warnings ?? -1) - (b.row?.warnings ?? -1),
            render: (_, r) =>
              r.problem ? (
                <Tooltip title={pick(r.problem, lang)}>
                  <Tag color="volcano" className="draft-problem">{pick(UI.unreadable, lang)}</Tag>
                </Tooltip>
              ) : (
                <Space size={2}>
                  <Tag color={r.row?.errors ? "red" : "green"} className="error-count">{r.row?.errors ?? 0}</Tag>
                  <Tag color={r.row?.warnings ? "orange" : "default"} className="warning-count">{r.row?.warnings ?? 0}</Tag>
                </Space>
              ),
          },
          {
            title: pick(UI.nextDate, lang),
            key: "next",
            width: 200,
            sorter: (a, b) => (a.row?.next?.date ?? "9999").localeCompare(b.row?.next?.date ?? "9999"),
            render: (_, r) => (
              <div className="ws-next">
                {r.row?.next ? (
                  <Tooltip title={lang === "zh" ? r.row.next.note_zh : r.row.next.note_en}>
                    <span className="ws-next-date" data-date={r.row.next.date}>{r.row.next.date}</span>{" "}
                    <span className="ws-next-what">{lang === "zh" ? r.row.next.summary_zh : r.row.next.summary_en}</span>
                  </Tooltip>
                ) : (
                  "—"
                )}
                {r.row && r.row.overdue > 0 && (
                  <Tag color="red" className="ws-overdue" data-overdue={r.row.overdue}>
                    {r.row.overdue} {pick(UI.overdue, lang)}
                  </Tag>
                )}
              </div>
            ),
          },
          {
            title: pick(UI.lastEdit, lang),
            key: "modified",
            width: 110,
            responsive: ["xl"],
            sorter: (a, b) => (a.row?.modified ?? "").localeCompare(b.row?.modified ?? ""),
            render: (_, r) => (r.row?.modified ? localTime(new Date(r.row.modified), lang, true) : "—"),
          },
          {
            title: pick(UI.actions, lang),
            key: "actions",
            width: 130,
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
      {ws && ws.rows.length > 0 && (
        <Card size="small" className="ws-upcoming" id="ws-upcoming" title={<Label text={UI.upcoming} />} style={{ marginTop: 16 }}>
          {upcoming.length === 0 ? (
            <Typography.Text type="secondary">{pick(UI.noUpcoming, lang)}</Typography.Text>
          ) : (
            <ul className="ws-upcoming-list">
              {upcoming.map((r) => (
                <li key={r.name} data-draft={r.name} data-uid={r.next!.uid}>
                  <span className="ws-next-date">{r.next!.date}</span>
                  <Typography.Link onClick={() => onOpen(r.name)}>{r.name}</Typography.Link>
                  <span>{lang === "zh" ? r.next!.summary_zh : r.next!.summary_en}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
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
