# Every target sets itself up: a virtual environment with the pinned, hash-checked dependencies
# (requirements/site.txt for the site, requirements/test.txt as well for the tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The stamps name the interpreter: another Python (make PYTHON=...) sets the venv up again.
PYVER := $(shell $(PYTHON) -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)
SITE_STAMP := $(VENV)/.site-installed-py$(PYVER)
TEST_STAMP := $(VENV)/.test-installed-py$(PYVER)
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve check generate clean corpus bench eval agreement heading-odds fuzz screenshots

site: $(SITE_STAMP)  ## convert articles/ and build the site into site/
	$(BIN)/briefing build

test: $(TEST_STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest

serve: $(SITE_STAMP)  ## live preview: build again (only what changed) on each save, reload the browser
	$(BIN)/briefing serve

check: $(SITE_STAMP)  ## list repairs, warnings, errors and dropped furniture as path:line: message
	$(BIN)/briefing check

generate: $(SITE_STAMP)  ## write docs/ from articles/ without building the site
	$(BIN)/briefing generate

# Python 3.11 or newer, said in one line; a .venv made by another interpreter (or broken) is
# made again, since it would keep the old one.
$(SITE_STAMP): requirements/site.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Python 3.11 or newer is needed, and $(PYTHON) is not (or is missing): try make PYTHON=python3.12 $(MAKECMDGOALS)"; exit 1; }
	@if [ -e $(VENV) ] && [ "$$($(BIN)/python -c 'import sys; print(sys.version)' 2>/dev/null)" != "$$($(PYTHON) -c 'import sys; print(sys.version)')" ]; then \
	  echo "$(VENV) was made by another Python or is broken: making it again"; rm -rf $(VENV); fi
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(PIP) --require-hashes -r requirements/site.txt
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

$(TEST_STAMP): $(SITE_STAMP) requirements/test.txt
	$(PIP) --require-hashes -r requirements/site.txt -r requirements/test.txt
	touch $@

clean:  ## remove the built site and caches (make makes .venv again by itself when it must)
	rm -rf site .pytest_cache .briefing-cache

corpus: $(SITE_STAMP)  ## write N generated articles into bench/work/corpus-N (make corpus N=1000 SEED=1)
	$(BIN)/python bench/corpus.py bench/work/corpus-$(or $(N),1000)/articles $(or $(N),1000) --seed $(or $(SEED),1)

bench: $(SITE_STAMP)  ## the scale benchmark (make bench SIZES="100 1000" for a quicker run)
	$(BIN)/python bench/run.py $(SIZES)

eval: $(SITE_STAMP)  ## the structure benchmark: precision and recall per element (make eval MISSES=1 lists dev misses)
	$(BIN)/python bench/eval.py $(if $(MISSES),--misses) dev holdout

agreement: $(SITE_STAMP)  ## how far a second editor's truth files agree with the first's, beside the converter's
	$(BIN)/python bench/agreement.py

heading-odds: $(SITE_STAMP)  ## learn the heading model's weights from the dev articles again (after changing its traits)
	$(BIN)/python bench/train_heading_odds.py

fuzz: $(TEST_STAMP)  ## the property-based fuzz test at length (20,000 generated articles)
	FUZZ_EXAMPLES=20000 $(BIN)/python -m pytest -q tests/test_fuzz_properties.py

screenshots: $(TEST_STAMP)  ## the README's screenshots of the sample site, made again in headless Chromium
	$(BIN)/python scripts/screenshots.py
