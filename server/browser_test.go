package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

// TestDashboardInBrowser drives the embedded dashboard in headless
// Chromium: paste a posting, classify it, and check that the occupation
// codes and the highlighted skills (byte offsets turned into text, in
// Arabic too) are shown; then switch to Arabic and check the page turns
// right-to-left. Outside CI it skips when Chromium is not installed.
func TestDashboardInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing in CI: .ci/run must install Debian's chromium package", chromiumPath)
		}
		t.Skipf("%s not found (apt-get install chromium): browser test skipped", chromiumPath)
	}
	te := newTestServer(t)
	// Every request the page makes is recorded: one that fails (the
	// browser's own /favicon.ico included) is an error in its console.
	var (
		mu     sync.Mutex
		failed []string
	)
	h := te.srv.Handler()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		if rec.status >= 400 {
			mu.Lock()
			failed = append(failed, fmt.Sprintf("%s %s: %d", r.Method, r.URL.Path, rec.status))
			mu.Unlock()
		}
	}))
	defer ts.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	err := chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("p-title")),
		chromedp.SendKeys(chromedp.ID("p-title"), "Développeur Java"),
		chromedp.SetValue(chromedp.ID("p-desc"), "<p>Maîtrise de Java &amp; SQL</p>\nخبرة في تطوير البرمجيات"),
		chromedp.Click(chromedp.ID("classify-btn")),
		chromedp.WaitVisible(chromedp.CSS("#r-rome li")),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	run := func(a chromedp.Action[string]) string {
		t.Helper()
		v, err := chromedp.Run(bctx, a)
		if err != nil {
			t.Fatalf("browser: %v", err)
		}
		return v
	}
	rome := run(chromedp.Text(chromedp.ID("r-rome")))
	reason := run(chromedp.Text(chromedp.ID("r-reason")))
	marks := run(chromedp.Evaluate[string](`Array.from(document.querySelectorAll("mark.skill")).map(m => m.textContent).join("|")`))
	markCount, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("mark.skill").length`))
	if err != nil {
		t.Fatal(err)
	}
	// Skill search with autocomplete, and the trends table filled at load.
	if err := chromedp.Do(bctx,
		chromedp.SendKeys(chromedp.ID("s-skill"), "jav"),
		chromedp.WaitReady(chromedp.CSS(`#s-suggestions option[value="JavaScript"]`)),
		chromedp.SetValue(chromedp.ID("s-skill"), "Java"),
		chromedp.Click(chromedp.CSS("#search-form button")),
		chromedp.WaitVisible(chromedp.CSS("#s-rome li .code")),
		chromedp.Click(chromedp.CSS("#s-rome li .code")),
		chromedp.WaitVisible(chromedp.ID("concept")),
	); err != nil {
		t.Fatalf("skill search: %v", err)
	}
	searched := run(chromedp.Text(chromedp.ID("s-rome")))
	concept := run(chromedp.Text(chromedp.ID("concept")))
	rising := run(chromedp.Text(chromedp.ID("t-rising")))
	if !strings.Contains(searched, "M1805") || !strings.Contains(concept, "Concevoir une application web") {
		t.Errorf("skill search shows %q, concept %q", searched, concept)
	}
	if !strings.Contains(rising, "M1805") || !strings.Contains(rising, "+50 %") {
		t.Errorf("rising table = %q", rising)
	}

	// MARSAD_SCREENSHOT=dir keeps pictures of the page, to look at.
	shot := func(name string) {
		if dir := os.Getenv("MARSAD_SCREENSHOT"); dir != "" {
			if png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100)); err == nil {
				os.WriteFile(filepath.Join(dir, name), png, 0o644)
			}
		}
	}
	shot("dashboard-fr.png")
	// A script click: a mouse click lands by coordinates, which the
	// smooth scroll to the concept panel may still be moving.
	if err := chromedp.Do(bctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('button[data-lang="ar"]').click()`)); err != nil {
		t.Fatal(err)
	}
	lang := run(chromedp.Evaluate[string](`document.documentElement.lang`))
	dir := run(chromedp.Evaluate[string](`document.documentElement.dir`))
	tagline := run(chromedp.Text(chromedp.CSS(".tagline")))
	shot("dashboard-ar.png")
	if !strings.Contains(rome, "M1805") {
		t.Errorf("ROME list shows %q, want M1805", rome)
	}
	if reason == "" {
		t.Error("no reason shown")
	}
	// Java is in the title and the description; SQL after a cleaned
	// entity; the Arabic skill after multi-byte text.
	for _, want := range []string{"Java", "SQL", "تطوير البرمجيات"} {
		if !strings.Contains("|"+marks+"|", "|"+want+"|") {
			t.Errorf("highlighted skills %q lack %q (offsets mishandled?)", marks, want)
		}
	}
	if markCount != 4 {
		t.Errorf("%d skills highlighted, want 4 (%s)", markCount, marks)
	}
	if lang != "ar" || dir != "rtl" || !strings.Contains(tagline, "عروض") {
		t.Errorf("after switching to Arabic: lang=%q dir=%q tagline=%q", lang, dir, tagline)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(failed) > 0 {
		t.Errorf("the page made requests that failed: %v", failed)
	}
}
