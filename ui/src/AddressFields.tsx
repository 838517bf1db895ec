// Address fields: province → city → district as cascading selects over the core's division table
// (GB/T 2260, the shell's `divisions` command), the street address as free text. The draft keeps
// the names, so a draft whose city was typed by hand still loads: a value that is not in the list
// is shown as it is, with a hint to pick one. Whether an address's parts agree is the core's
// finding (address-city-province, address-district-city), not decided here.
import { useEffect, useState, type ReactNode } from "react";
import { Card, Select } from "antd";
import type { Address, AppInfo, ProvinceDivisions } from "./generated/types";
import { api } from "./api";
import { Field, Label, SelectField, TextField, useDraft, type Option } from "./form";
import { fieldId, getAt } from "./draftPath";
import { pick, useLang, UI, type Text } from "./i18n";

// One request per app run: the table does not change while the app runs.
let loading: Promise<ProvinceDivisions[]> | null = null;

/** The division table, or null while it loads (or when the shell could not give it: the fields
 * then stay free text). */
export function useDivisions(): ProvinceDivisions[] | null {
  const [tree, setTree] = useState<ProvinceDivisions[] | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= api.divisions();
    loading.then(
      (t) => live && setTree(t),
      () => {
        loading = null;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return tree;
}

const CITY: Text = { zh: "市", en: "City" };
const DISTRICT: Text = { zh: "区/县", en: "District" };
const DETAIL: Text = { zh: "详细地址", en: "Street address" };

function provinceOptions(info: AppInfo): Option[] {
  return info.provinces.map((p) => ({ value: p.province, label: { zh: p.name_zh, en: p.name_en } }));
}

/** The address's province select; picking another province clears a city that is not in it,
 * and fills in the one city of a municipality (北京市 → 北京市 → 朝阳区). */
export function AddressProvince({ path, label, info, tree }: { path: string; label: Text; info: AppInfo; tree: ProvinceDivisions[] | null }) {
  const { draft, update } = useDraft();
  const onPicked = (next: string | null) => {
    const address = (getAt(draft, path) as Address | undefined) ?? {};
    const before = address.province ?? null;
    if (!tree || next === before) return;
    const cities = tree.find((p) => p.province === next)?.cities ?? [];
    const city = address.city ?? "";
    if (before !== null && city !== "" && !cities.some((c) => c.name === city)) {
      update(`${path}.city`, "");
      update(`${path}.district`, "");
    }
    if ((city === "" || before !== null) && cities.length === 1 && !cities.some((c) => c.name === city)) {
      update(`${path}.city`, cities[0].name);
    }
  };
  return <SelectField path={`${path}.province`} label={label} options={provinceOptions(info)} allowClear onPicked={onPicked} />;
}

/** A select of division names; a stored name that is not among them is shown as typed, with a
 * hint. */
function DivisionSelect({
  path,
  label,
  names,
  onPicked,
  empty,
  unknownHint,
}: {
  path: string;
  label: Text;
  names: string[];
  onPicked?: (name: string) => void;
  empty: Text;
  /** The hint for a stored value when there is no list to pick from (the city is not picked). */
  unknownHint?: Text;
}) {
  const lang = useLang();
  const { draft, update } = useDraft();
  const value = ((getAt(draft, path) as string | undefined) ?? "").trim();
  const unknown = value !== "" && !names.includes(value);
  const notListed: Text = {
    zh: `“${value}”不在行政区划列表中（按原样保留），请从列表中选择。`,
    en: `'${value}' is not in the division list (kept as typed): pick one from the list.`,
  };
  const hint = unknown
    ? pick(names.length === 0 && unknownHint ? unknownHint : notListed, lang)
    : undefined;
  return (
    <Field path={path} label={label} extra={hint && <span className="division-hint" data-field={path}>{hint}</span>}>
      <Select
        id={fieldId(path)}
        value={value === "" ? undefined : value}
        showSearch
        allowClear
        placeholder={pick(names.length > 0 ? { zh: "请选择或输入搜索", en: "Choose, or type to search" } : empty, lang)}
        notFoundContent={pick(names.length > 0 ? { zh: "无匹配项", en: "No match" } : empty, lang)}
        onChange={(v?: string) => {
          update(path, v ?? "");
          onPicked?.(v ?? "");
        }}
        options={names.map((n) => ({ value: n, label: n }))}
      />
    </Field>
  );
}

/** City and district of an address: selects over the table when the province is a filing
 * province and the table has loaded, free text otherwise (an address outside the mainland). */
export function CityDistrict({ path, tree }: { path: string; tree: ProvinceDivisions[] | null }) {
  const { draft, update } = useDraft();
  const address = (getAt(draft, path) as Address | undefined) ?? {};
  const province = address.province ?? null;
  const cities = tree && province ? tree.find((p) => p.province === province)?.cities : undefined;
  if (!cities) {
    return (
      <>
        <TextField path={`${path}.city`} label={CITY} />
        <TextField path={`${path}.district`} label={DISTRICT} />
      </>
    );
  }
  const city = cities.find((c) => c.name === (address.city ?? "").trim());
  const onCity = (name: string) => {
    const next = cities.find((c) => c.name === name);
    if (!next || !next.districts.some((d) => d.name === (address.district ?? "").trim())) update(`${path}.district`, "");
  };
  return (
    <>
      <DivisionSelect
        path={`${path}.city`}
        label={CITY}
        names={cities.map((c) => c.name)}
        onPicked={onCity}
        empty={{ zh: "请先选择省份", en: "Choose the province first" }}
      />
      <DivisionSelect
        path={`${path}.district`}
        label={DISTRICT}
        names={city ? city.districts.map((d) => d.name) : []}
        empty={city ? { zh: "该市不设区县", en: "This city has no districts" } : { zh: "请先选择城市", en: "Choose the city first" }}
        unknownHint={
          city
            ? undefined
            : { zh: "请先从列表中选择城市，再选择区县（已按原样保留）。", en: "Pick the city from the list first, then the district (kept as typed)." }
        }
      />
    </>
  );
}

/** A whole address in a card: province, city, district (selects) and the street address. */
export function AddressFields({ path, label, info }: { path: string; label: Text; info: AppInfo }) {
  const tree = useDivisions();
  return (
    <Card size="small" title={<Label text={label} />} className="subcard" data-address={path} data-divisions={tree ? "loaded" : "loading"}>
      <div className="grid2">
        <AddressProvince path={path} label={UI.province} info={info} tree={tree} />
        <CityDistrict path={path} tree={tree} />
        <TextField path={`${path}.detail`} label={DETAIL} />
      </div>
    </Card>
  );
}

/** The address on a person's ID below its number: the province first (it, not the number, says
 * where the person is from: the number keeps the region where it was first issued), then city,
 * district and street address. */
export function IdAddressFields({ path, info, number }: { path: string; info: AppInfo; number: ReactNode }) {
  const tree = useDivisions();
  return (
    <>
      <div className="grid2" data-address={path} data-divisions={tree ? "loaded" : "loading"}>
        {number}
        <AddressProvince path={path} label={{ zh: "证件住址所在省份", en: "Province of the address on the ID" }} info={info} tree={tree} />
      </div>
      <div className="grid3">
        <CityDistrict path={path} tree={tree} />
        <TextField path={`${path}.detail`} label={{ zh: "详细住址", en: "Street address" }} />
      </div>
    </>
  );
}
