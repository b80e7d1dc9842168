#!/usr/bin/env python3
"""Loads pyramid reports in headless Chromium (Selenium + chromedriver) and
checks them. Run by BrowserTests.swift, which writes the reports and a JSON
plan and reads the JSON result printed on standard output:

  {"status": "ok", "results": [{"name": ..., "checks": N, "failures": [...]}]}
  {"status": "skipped", "reason": "..."}  (only when Chromium, chromedriver,
                                           Selenium or pdfinfo is missing)

The plan: {"pdfDir": DIR, "reports": [{"name", "path", "expected": {team:
[svg ids on its chains]}, "elements": {team: svg id}, "search": {"query",
"element"}, "hostile": [texts that must appear as text]}]}.
One browser session loads every report.
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys


def skip(reason):
    print(json.dumps({"status": "skipped", "reason": reason}))
    sys.exit(0)


def find(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
except ImportError as error:
    skip("Selenium cannot be imported (pip install selenium): %s" % error)

CHROMIUM = find("chromium", "chromium-browser", "google-chrome")
DRIVER = find("chromedriver")
if not CHROMIUM:
    skip("no chromium on PATH (apt-get install chromium)")
if not DRIVER:
    skip("no chromedriver on PATH (apt-get install chromium-driver)")
if not find("pdfinfo") or not find("pdftotext"):
    skip("no pdfinfo/pdftotext on PATH (apt-get install poppler-utils)")

# Recorded before any script of the page runs (DevTools scripts bypass the CSP).
PROBE = """
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.blockedURI + ' ' + e.violatedDirective); });
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
window.alert = function (m) { window.__errors.push('alert: ' + m); };
"""

# The highlighted elements' ids, a labelled link's parts (`link-a-b~supplier`,
# `link-a-b~label`) counted as the link; null when a part is highlighted
# without its link or a link without one of its parts.
HIGHLIGHTED = """
var hl = Array.prototype.map.call(document.getElementById('diagram').querySelectorAll('.hl'), function (e) { return e.id; });
var set = {};
hl.forEach(function (id) { set[id] = true; });
for (var i = 0; i < hl.length; i++) {
  var id = hl[i], base = id.replace(/~(supplier|label)$/, '');
  if (base !== id && !set[base]) { return ['part without its link: ' + id]; }
  var parts = [base + '~supplier', base + '~label'];
  for (var j = 0; j < parts.length; j++) {
    if (document.getElementById(parts[j]) && !set[parts[j]]) { return ['link without its part: ' + parts[j]]; }
  }
}
return hl.filter(function (id) { return !/~(supplier|label)$/.test(id); }).sort();
"""


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def check_report(driver, report, pdf_dir):
    failures = []
    checks = 0

    def expect(condition, message):
        nonlocal checks
        checks += 1
        if not condition:
            failures.append(message)

    driver.get_log("browser")  # drop what earlier pages logged
    driver.get("file://" + os.path.abspath(report["path"]))
    expect(driver.execute_script("return document.readyState") == "complete", "page did not load")

    # No network: no resource entries, no CSP violations.
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(function (r) { return r.name; });")
    expect(resources == [], "requests made: %r" % resources)
    csp = driver.execute_script("var m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m && m.content;")
    expect(csp == "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:", "CSP meta is %r" % csp)

    # The diagram's team nodes are in the DOM, with classes, focusable.
    missing = driver.execute_script(
        "return arguments[0].filter(function (id) { var e = document.getElementById(id);"
        " return !e || !e.classList.contains('node') || !e.classList.contains('team') || e.getAttribute('tabindex') !== '0'; });",
        list(report["elements"].values()))
    expect(missing == [], "team nodes missing or not focusable: %r" % missing[:10])
    title = driver.execute_script("var s = document.getElementById('diagram'); return [s.querySelector(':scope > title').textContent, s.querySelector(':scope > desc').textContent];")
    expect(bool(title[0]) and bool(title[1]), "the SVG lacks a title or description")

    # Clicking every team highlights exactly its chains.
    for team, expected in report["expected"].items():
        element = report["elements"][team]
        got = driver.execute_script(
            "document.getElementById(arguments[0]).dispatchEvent(new MouseEvent('click', {bubbles: true}));" + HIGHLIGHTED, element)
        expect(got == sorted(expected), "clicking %s highlights %r, explain says %r" % (team, got, sorted(expected)))
        opacity = driver.execute_script(
            "var svg = document.getElementById('diagram'), shown = [], dimmed = [];"
            "svg.querySelectorAll('g.node.team, g.node.customer, g.node.link-label, g.edge.serves, g.edge.support').forEach(function (g) {"
            " (g.classList.contains('hl') ? shown : dimmed).push(Number(getComputedStyle(g).opacity)); });"
            "return [Math.min.apply(null, shown.concat([1])), Math.max.apply(null, dimmed.concat([0]))];")
        expect(opacity[0] == 1 and opacity[1] < 0.5, "clicking %s: highlighted opacity %s, others up to %s" % (team, opacity[0], opacity[1]))

    # A real mouse click and the keyboard (Tab order: the node is focusable, Enter selects).
    teams = list(report["expected"].keys())
    first = teams[0]
    driver.find_element(By.ID, "zoom-reset").click()
    node = driver.find_element(By.ID, report["elements"][first])
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", node)
    node.click()
    got = driver.execute_script(HIGHLIGHTED)
    expect(got == sorted(report["expected"][first]), "a mouse click on %s highlights %r" % (first, got))
    last = teams[-1]
    driver.find_element(By.ID, "clear-highlight").click()
    expect(driver.execute_script(HIGHLIGHTED) == [], "clear selection leaves highlights")
    driver.execute_script("document.getElementById(arguments[0]).focus();", report["elements"][last])
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    got = driver.execute_script(HIGHLIGHTED)
    expect(got == sorted(report["expected"][last]), "Enter on %s highlights %r" % (last, got))

    # Real Tab order: after the toolbar comes the diagram, then its first team node; Enter selects it.
    driver.find_element(By.ID, "clear-highlight").click()
    driver.switch_to.active_element.send_keys(Keys.TAB)
    expect(driver.switch_to.active_element.get_attribute("id") == "viewport", "Tab from the toolbar does not reach the diagram")
    driver.switch_to.active_element.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element.get_attribute("id")
    first_node = driver.execute_script("var g = document.querySelector('#diagram g.node.team'); return g && g.id;")
    expect(focused == first_node, "Tab from the diagram focuses %r, not the first team %r" % (focused, first_node))
    team_of = {element: team for team, element in report["elements"].items()}
    if focused in team_of:
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        got = driver.execute_script(HIGHLIGHTED)
        expect(got == sorted(report["expected"][team_of[focused]]), "Tab then Enter on %s highlights %r" % (focused, got))

    # The team table's buttons select the same chains.
    button = driver.execute_script("return document.querySelector('#teams button.team-link[data-team=\"' + CSS.escape(arguments[0]) + '\"]');", first)
    if button is not None:
        driver.execute_script("arguments[0].click();", button)
        got = driver.execute_script(HIGHLIGHTED)
        expect(got == sorted(report["expected"][first]), "the table's button for %s highlights %r" % (first, got))
    else:
        expect(False, "no table row for %s" % first)

    # Clicking a finding highlights its team or link.
    findings = driver.find_elements(By.CSS_SELECTOR, "button.finding")
    for index, button in enumerate(findings[:5]):
        driver.execute_script("arguments[0].click();", button)
        got = driver.execute_script(HIGHLIGHTED)
        expect(len(got) > 0, "finding %d highlights nothing" % index)

    # Search finds a team.
    search = driver.find_element(By.ID, "team-search")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", search)
    search.clear()
    search.send_keys(report["search"]["query"], Keys.ENTER)
    found = driver.execute_script("return Array.prototype.map.call(document.querySelectorAll('#diagram .found'), function (e) { return e.id; });")
    expect(found == [report["search"]["element"]], "searching %r finds %r" % (report["search"]["query"], found))
    viewbox = driver.execute_script("var s = document.getElementById('diagram'); return [s.getAttribute('viewBox'), s.getAttribute('data-viewbox')];")
    expect(viewbox[0] != viewbox[1] or len(report["expected"]) == 1, "search does not zoom to the team")

    # Zoom changes the SVG's viewBox (vector, sharp text), not a CSS scale of a bitmap.
    driver.find_element(By.ID, "zoom-reset").click()
    driver.find_element(By.ID, "zoom-in").click()
    zoomed = driver.execute_script(
        "var s = document.getElementById('diagram'); return [s.viewBox.baseVal.width, Number(s.getAttribute('data-viewbox').split(' ')[2]),"
        " getComputedStyle(s).transform, document.querySelectorAll('canvas, img').length];")
    expect(zoomed[0] < zoomed[1] and zoomed[2] == "none" and zoomed[3] == 0, "zoom in does not narrow the viewBox: %r" % zoomed)
    driver.find_element(By.ID, "zoom-reset").click()

    # Sorting the table by headcount puts the numbers in order.
    driver.execute_script("document.querySelector('button.sort[data-column=\"3\"]').click();")
    numbers = driver.execute_script("return Array.prototype.map.call(document.querySelectorAll('table.teams tbody tr'), function (r) { return r.cells[3].getAttribute('data-sort'); });")
    values = [int(n) for n in numbers if n]
    expect(values == sorted(values), "headcount column is not sorted: %r" % values)

    # Hostile names are shown as text, never interpreted.
    body_text = driver.execute_script("return document.body.innerText + ' ' + document.title;")
    for text in report.get("hostile", []):
        expect(text in body_text, "hostile text %r is not shown as text" % text)

    # Print to PDF on A4 and A3 landscape: the diagram is alone on one page, nothing cut off.
    driver.execute_script("document.getElementById('clear-highlight').click();")
    pages_by_paper = {}
    for paper, width_in, height_in in (("A4", 11.69, 8.27), ("A3", 16.54, 11.69)):
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"landscape": True, "paperWidth": width_in, "paperHeight": height_in,
                                                          "preferCSSPageSize": True, "printBackground": True})
        pdf_path = os.path.join(pdf_dir, report["name"] + "-" + paper + ".pdf")
        with open(pdf_path, "wb") as f:
            f.write(base64.b64decode(pdf["data"]))
        info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        page_texts = [normalise(subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf_path, "-"],
                                               capture_output=True, text=True).stdout) for p in range(1, pages + 1)]
        diagram_pages = [i for i, text in enumerate(page_texts) if "The inverted pyramid" in text]
        expect(len(diagram_pages) == 1, "%s: the diagram heading is on pages %r" % (paper, diagram_pages))
        labels = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('#diagram g.node.team'), function (g) { var t = g.querySelector('text'); return t ? t.textContent : ''; });")
        if diagram_pages:
            page = diagram_pages[0]
            text = page_texts[page]
            absent = [label for label in labels if normalise(label) and normalise(label) not in text]
            expect(absent == [], "%s: team labels missing from the diagram's page %d: %r" % (paper, page + 1, absent[:5]))
            expect(page > 0 and "Summary" not in text, paper + ": the diagram shares its page with the summary")
            expect(page + 1 < pages and page_texts[page + 1].startswith("Shape of the pyramid"), paper + ": the next page does not start with the shape")
            # Every word on the diagram's page lies inside the page (nothing cut off).
            bbox = subprocess.run(["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1), pdf_path, "-"],
                                  capture_output=True, text=True).stdout
            size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', bbox)
            width, height = float(size.group(1)), float(size.group(2))
            expect(abs(width - width_in * 72) < 2 and abs(height - height_in * 72) < 2, "%s: the page is %sx%s pt" % (paper, width, height))
            outside = [m.group(5) for m in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>', bbox)
                       if float(m.group(1)) < 0 or float(m.group(2)) < 0 or float(m.group(3)) > width or float(m.group(4)) > height]
            expect(outside == [], "%s: words outside the diagram's page: %r" % (paper, outside[:5]))
        pages_by_paper[paper] = pages

    # Console: nothing logged at error level, no script errors, no CSP violations.
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
    expect(errors == [], "console errors: %r" % errors[:5])
    recorded = driver.execute_script("return window.__errors.concat(window.__violations);")
    expect(recorded == [], "script errors or CSP violations: %r" % recorded[:5])
    return {"name": report["name"], "checks": checks, "failures": failures, "pages": pages_by_paper}


def main():
    with open(sys.argv[1]) as f:
        plan = json.load(f)
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    except Exception as error:  # a browser that cannot start is a failure, not a skip
        print(json.dumps({"status": "error", "reason": "cannot start Chromium: %s" % error}))
        return
    results = []
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE})
        for report in plan["reports"]:
            try:
                results.append(check_report(driver, report, plan["pdfDir"]))
            except Exception as error:
                results.append({"name": report["name"], "checks": 1, "failures": ["exception: %r" % error]})
        if plan.get("screenshots"):
            for shot in plan["screenshots"]:
                driver.get("file://" + os.path.abspath(shot["path"]))
                height = driver.execute_script("return document.body.scrollHeight;")
                driver.set_window_size(1400, min(height + 40, 6000))
                driver.save_screenshot(shot["png"])
                driver.set_window_size(1400, 1000)
    finally:
        driver.quit()
    print(json.dumps({"status": "ok", "results": results}))


if __name__ == "__main__":
    main()
