package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestHelperTagProcess is the child of TestKill9: it tags a file and
// prints a line after each commit, until its parent kills it.
func TestHelperTagProcess(t *testing.T) {
	dbPath, file := os.Getenv("MARSAD_STORE_HELPER_DB"), os.Getenv("MARSAD_STORE_HELPER_FILE")
	if dbPath == "" {
		t.Skip("helper process for TestKill9")
	}
	db, err := Open(dbPath, Options{Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	tg := testTagger(t, db, TagOptions{
		Classifier: fakeClassifier{delay: 300 * time.Microsecond},
		BatchSize:  300, FlushEvery: 100 * time.Millisecond, Workers: 2,
		Progress: func(p Progress) { fmt.Printf("committed %d\n", p.Read) },
	})
	if _, err := tg.TagFiles(context.Background(), []string{file}); err != nil {
		t.Fatal(err)
	}
	db.Close()
}

// TestKill9 kills a tagging process with SIGKILL several times mid-run,
// restarts it with the same arguments, and checks that every posting and
// every bad record ends up stored exactly once.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	file, good := writeSynthetic(t, dir, 2500, 8)
	dbPath := dir + "/kill.db"
	kills := 0
	for attempt := 0; attempt < 6; attempt++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperTagProcess$", "-test.v")
		cmd.Env = append(os.Environ(), "MARSAD_STORE_HELPER_DB="+dbPath, "MARSAD_STORE_HELPER_FILE="+file)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill after a growing number of commits of this run: early,
		// mid-file, late.
		target := 1 + 2*attempt
		commits := 0
		killed := false
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if !strings.HasPrefix(sc.Text(), "committed ") {
				continue
			}
			n, _ := strconv.Atoi(strings.TrimPrefix(sc.Text(), "committed "))
			commits++
			if commits >= target && n > 0 && attempt < 3 {
				cmd.Process.Kill() // SIGKILL
				killed = true
				break
			}
		}
		go func() {
			for sc.Scan() {
			}
		}()
		err = cmd.Wait()
		t.Logf("run %d: %d commits seen, killed=%v", attempt, commits, killed)
		if killed {
			kills++
			continue
		}
		if err != nil {
			t.Fatalf("helper run %d failed: %v", attempt, err)
		}
		break
	}
	if kills == 0 {
		t.Fatal("the helper was never killed: the test proves nothing (make the run slower)")
	}
	t.Logf("killed %d times, then ran to the end", kills)

	db := openTest(t, dbPath)
	seen := map[string]int{}
	if err := db.Postings(context.Background(), func(r Record) bool { seen[r.Key]++; return true }); err != nil {
		t.Fatal(err)
	}
	if len(seen) != good {
		t.Errorf("stored %d distinct postings, want %d", len(seen), good)
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("posting %s stored %d times", k, n)
		}
	}
	lines := map[int]int{}
	db.Errors(context.Background(), func(er ErrorRecord) bool { lines[er.Line]++; return true })
	if len(lines) != 8 {
		t.Errorf("%d distinct error lines, want 8", len(lines))
	}
	for l, n := range lines {
		if n != 1 {
			t.Errorf("error at line %d reported %d times", l, n)
		}
	}
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Postings != int64(good) || s.Errors != 8 {
		t.Errorf("stats: %d postings, %d errors; want %d, 8", s.Postings, s.Errors, good)
	}
	checkCountersMatchScan(t, db)
}
