"""Write a synthetic scraped news archive, as a scraper of Indonesian news sites leaves it.

    python benchmarks/make_scraped_archive.py /tmp/scraped.csv --n 1000

Columns `id, judul, tautan, tanggal, isi_berita` (no `text`/`title`/`published`), publication
times written month first (`10/21/2025 20:43`, some ambiguous: `10/5/2025 09:00`), and bodies
with the furniture such sites leave: `SCROLL TO CONTINUE WITH CONTENT`, "Baca juga" links,
trailing "Simak juga Video ..." promos, photo captions, share buttons, and one line of the site's
own that no known pattern describes (learnt per archive). Every article is made up from the
templates below (no real article text). Next to the CSV, `<name>.truth.jsonl` holds per row the
true publication time and the character spans of every furniture line (kind and span), for
`benchmarks/archive_hygiene.py`.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
from pathlib import Path

PLACES = ["Bogor", "Bekasi", "Depok", "Purwakarta", "Karawang", "Subang", "Cianjur", "Sukabumi", "Garut",
          "Tasikmalaya", "Cirebon", "Indramayu", "Majalengka", "Kuningan", "Sumedang", "Bandung"]
FIRST = ["Andi", "Budi", "Rudi", "Agus", "Hendra", "Dedi", "Yusuf", "Fajar", "Rizki", "Taufik", "Wahyu",
         "Eko", "Bambang", "Slamet", "Arif", "Dimas", "Galih", "Irfan"]
LAST = ["Saputra", "Hidayat", "Kurniawan", "Pratama", "Wibowo", "Santoso", "Nugroho", "Setiawan", "Gunawan",
        "Permana", "Ramadhan", "Firmansyah", "Susanto", "Hakim"]
RANKS = ["AKBP", "AKP", "Kompol", "Iptu", "Ipda"]
POSTS = [("Kapolres", "AKBP"), ("Kasat Reskrim Polres", "AKP"), ("Kapolsek", "Kompol"), ("Kasat Lantas Polres", "AKP")]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EVENTS = [
    ("menangkap {n} pelaku pencurian sepeda motor di wilayah {place}", "pencurian"),
    ("memimpin apel gelar pasukan Operasi Zebra di halaman Mapolres {place}", "apel"),
    ("mengungkap peredaran narkoba jenis sabu seberat {g} gram di {place}", "narkoba"),
    ("menggelar rapat koordinasi pengamanan pilkada bersama KPU Kabupaten {place}", "rapat"),
    ("mengamankan {n} remaja yang terlibat tawuran di Jalan Raya {place}", "tawuran"),
    ("meninjau lokasi kecelakaan lalu lintas di jalur alternatif {place}", "kecelakaan"),
]
SEE_ALSO = ["Polisi Ungkap Jaringan Curanmor Lintas Kota", "Warga Diminta Waspada Penipuan Daring",
            "Kapolda Jabar Cek Kesiapan Pos Pengamanan", "Operasi Patuh Jaya Digelar Dua Pekan",
            "Bupati Tinjau Perbaikan Jalan Rusak"]
PROMOS = ["Simak juga Video 'Kinerja Prabowo-Gibran di Mata Publik' [Gambas:Video 20detik]",
          "Tonton juga Video: Detik-detik Penangkapan Bandar Narkoba di Jakarta Barat",
          "Saksikan Live DetikPagi: Kapolri Listyo Sigit Prabowo Hadiri Rapat Kerja DPR",
          "Simak Video 'Gubernur Jawa Barat Dedi Mulyadi Tinjau Banjir Bekasi'"]
SITE_LINE = "KabarNusa.id hadir menemani pembaca setiap pagi lewat Ringkasan Nusantara pukul 06.00"


def _name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def article(r: random.Random, i: int, when: dt.datetime) -> tuple[str, str, list[tuple[str, int, int]]]:
    place = r.choice(PLACES)
    post, rank = r.choice(POSTS)
    officer = _name(r)
    what, kind = r.choice(EVENTS)
    what = what.format(place=place, n=r.randint(2, 7), g=r.randint(5, 900))
    event_day = when - dt.timedelta(days=r.choice([0, 1, 1, 2, 3]))
    day_name = DAYS[event_day.weekday()]
    dated = r.random() < 0.8  # one article in five states no date: its event date is the publication day
    lead = (f"{place.upper()} - {post} {place} {rank} {officer} {what}"
            + (f", {day_name} ({event_day.day}/{event_day.month})." if dated else "."))
    witness = _name(r)
    paras = [lead,
             f"Menurut {officer}, langkah itu diambil setelah laporan warga bernama {witness} diterima "
             + (f"petugas piket pada pukul {r.randint(1, 23):02d}.{r.randint(0, 59):02d} WIB." if dated
                else "petugas piket."),
             f"\"Kami akan terus menindak tegas setiap pelanggaran di wilayah hukum {place},\" kata {officer} "
             f"kepada wartawan di {place}.",
             f"Ia menambahkan, sebanyak {r.randint(10, 300)} personel dilibatkan dalam kegiatan tersebut "
             f"dan situasi di {place} terpantau kondusif."]
    furniture: list[tuple[str, str]] = []  # (kind, line) inserted between paragraphs
    lines: list[tuple[str | None, str]] = [(None, p) for p in paras]
    if r.random() < 0.985:
        lines.insert(2, ("scroll", "SCROLL TO CONTINUE WITH CONTENT"))
    if r.random() < 0.5:
        lines.insert(1, ("see_also", f"Baca juga: {r.choice(SEE_ALSO)}"))
    if r.random() < 0.3:
        lines.insert(1, ("caption", f"Foto: {post} {place} {rank} {officer} saat memberikan keterangan "
                                    f"(Dok. Humas Polres {place})"))
    if r.random() < 0.9:
        lines.append(("site", SITE_LINE))
    if r.random() < 0.34:
        lines.append(("promo", r.choice(PROMOS)))
    if r.random() < 0.2:
        lines.append(("share", "Bagikan"))
    text = ""
    spans: list[tuple[str, int, int]] = []
    for k, line in lines:
        if text:
            text += "\n\n"
        if k is not None:
            spans.append((k, len(text), len(text) + len(line)))
        text += line
    del furniture
    title = f"{post} {place} {what.split(' di ')[0].capitalize()}"
    return title, text, spans


def write(path: Path, n: int, seed: int = 18) -> None:
    r = random.Random(seed)
    start = dt.datetime(2025, 1, 1, 6, 0)
    truth = []
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "judul", "tautan", "tanggal", "isi_berita"])
        for i in range(n):
            when = start + dt.timedelta(minutes=r.randint(0, 300 * 24 * 60))
            when = when.replace(second=0)
            title, text, spans = article(r, i, when)
            written = f"{when.month}/{when.day}/{when.year} {when.hour:02d}:{when.minute:02d}"  # month first
            rid = f"kn-{i:05d}"
            w.writerow([rid, title, f"https://kabarnusa.example/berita/{rid}", written, text])
            truth.append({"id": rid, "published": when.isoformat(timespec="minutes"), "title": title,
                          "ambiguous": when.day <= 12 and when.day != when.month, "furniture": spans})
    with open(path.with_suffix(".truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output", type=Path)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    write(args.output, args.n, args.seed)
    print(f"wrote {args.n} rows to {args.output} and the truth to {args.output.with_suffix('.truth.jsonl')}")


if __name__ == "__main__":
    main()
