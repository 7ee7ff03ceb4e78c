package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"marsad/classifier"
	"marsad/corpus/posting"
)

// Retag re-classifies every stored posting whose tags are not from the
// tagger's model (TagOptions.Model), from the stored text (title, company,
// location, description truncated to 4 KiB), and moves its counters from
// the old tags to the new in the same transaction. Dates, places and
// duplicate clusters do not depend on the model and are kept. A killed
// run resumes where it stopped: done postings carry the new model.
func (t *Tagger) Retag(ctx context.Context) (sum Summary, err error) {
	if t.opt.Model == "" {
		return Summary{}, errors.New("store: retag needs the model version (TagOptions.Model)")
	}
	start := time.Now()
	sum.Model = t.opt.Model
	// Time and rate also when the run is interrupted: the summary of
	// what was committed is printed then too.
	defer func() {
		sum.Seconds = time.Since(start).Seconds()
		if sum.Seconds > 0 {
			sum.Rate = float64(sum.Read) / sum.Seconds
		}
	}()
	var after uint64
	for {
		batch, last, err := t.retagBatch(ctx, after)
		if err != nil {
			return sum, err
		}
		if last == 0 {
			break
		}
		after = last
		if len(batch) == 0 {
			continue
		}
		t.classifyAll(ctx, batch)
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if err := t.retagCommit(batch, &sum); err != nil {
			return sum, err
		}
		if t.opt.Progress != nil {
			t.opt.Progress(Progress{Summary: sum, Elapsed: time.Since(start)})
		}
	}
	return sum, nil
}

type retagItem struct {
	rec Record
	p   posting.Posting
	res classifier.Result
	err error
}

// retagBatch reads up to BatchSize postings after id `after` that need
// re-tagging; last is the last id looked at (0 at the end).
func (t *Tagger) retagBatch(ctx context.Context, after uint64) ([]*retagItem, uint64, error) {
	var out []*retagItem
	var last uint64
	err := t.db.bolt.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketPostings).Cursor()
		text := tx.Bucket(bucketText)
		k, v := c.Seek(u64(after + 1))
		for n := 0; k != nil && n < 4*t.opt.BatchSize && len(out) < t.opt.BatchSize; k, v = c.Next() {
			n++
			id := binary.BigEndian.Uint64(k)
			last = id
			r, err := decodeRecord(id, v)
			if err != nil {
				return err
			}
			if r.Tags.Model == t.opt.Model {
				continue
			}
			desc, err := decompress(text.Get(k))
			if err != nil {
				return fmt.Errorf("posting %d: stored text: %w", id, err)
			}
			out = append(out, &retagItem{rec: r, p: posting.Posting{
				ID: r.Key, Title: r.Title, Description: desc, Company: r.Company,
				Location: r.Location, Date: r.DateText, Source: r.Source, URL: r.URL,
				Sector: r.Sector, Function: r.Function,
			}})
		}
		return ctx.Err()
	})
	return out, last, err
}

func (t *Tagger) classifyAll(ctx context.Context, batch []*retagItem) {
	ch := make(chan *retagItem)
	var wg sync.WaitGroup
	for range t.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range ch {
				func() {
					defer func() {
						if r := recover(); r != nil {
							it.err = fmt.Errorf("classification failed: %v", r)
						}
					}()
					it.res = t.opt.Classifier.Classify(ctx, it.p, maxConcepts)
				}()
			}
		}()
	}
	for _, it := range batch {
		ch <- it
	}
	close(ch)
	wg.Wait()
}

func (t *Tagger) retagCommit(batch []*retagItem, sum *Summary) error {
	ds := deltas{}
	var n, errs int64
	err := t.db.bolt.Update(func(tx *bolt.Tx) error {
		n, errs = 0, 0
		clear(ds)
		b := tx.Bucket(bucketPostings)
		for _, it := range batch {
			if it.err != nil {
				er := ErrorRecord{File: it.rec.File, Line: it.rec.Line, ID: it.rec.Key, Reason: "retag: " + it.err.Error(), Time: time.Now().UTC()}
				if err := putError(tx, er); err != nil {
					return err
				}
				errs++
				continue
			}
			// Re-read: the record in the batch was read in another transaction.
			v := b.Get(u64(it.rec.ID))
			if v == nil {
				continue
			}
			old, err := decodeRecord(it.rec.ID, v)
			if err != nil {
				return err
			}
			nr := old
			nt := t.tags(&it.p, &it.res)
			nt.Day, nt.Date, nt.Region, nt.City = old.Tags.Day, old.Tags.Date, old.Tags.Region, old.Tags.City
			nr.Tags = nt
			ds.add(&old, -1)
			ds.add(&nr, +1)
			if err := b.Put(u64(nr.ID), nr.encode(make([]byte, 0, 256))); err != nil {
				return err
			}
			n++
		}
		if err := ds.apply(tx); err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		if err := addU64(meta, keyErrors, errs); err != nil {
			return err
		}
		return meta.Put(keyModel, []byte(t.opt.Model))
	})
	if err != nil {
		return fmt.Errorf("store: retag commit: %w", err)
	}
	sum.Read += int64(len(batch))
	sum.Retagged += n
	sum.Errors += errs
	return nil
}
