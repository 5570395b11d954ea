# Every target sets itself up: a virtual environment with the pinned dependencies.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve check generate clean corpus bench eval

site: $(STAMP)  ## convert articles/ and build the site into site/
	$(BIN)/briefing build

test: $(STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest

serve: $(STAMP)  ## live preview: regenerate on article changes, reload the browser
	$(BIN)/briefing serve

check: $(STAMP)  ## list repairs, warnings and errors as path:line: message
	$(BIN)/briefing check

generate: $(STAMP)  ## write docs/ from articles/ without building the site
	$(BIN)/briefing generate

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

clean:
	rm -rf site .pytest_cache .briefing-cache

corpus: $(STAMP)  ## write N generated articles into bench/work/corpus-N (make corpus N=1000 SEED=1)
	$(BIN)/python bench/corpus.py bench/work/corpus-$(or $(N),1000)/articles $(or $(N),1000) --seed $(or $(SEED),1)

bench: $(STAMP)  ## the scale benchmark (make bench SIZES="100 1000" for a quicker run)
	$(BIN)/python bench/run.py $(SIZES)

eval: $(STAMP)  ## the structure benchmark: precision and recall per element (make eval MISSES=1 lists dev misses)
	$(BIN)/python bench/eval.py dev holdout
	$(if $(MISSES),$(BIN)/python bench/eval.py --misses dev)
