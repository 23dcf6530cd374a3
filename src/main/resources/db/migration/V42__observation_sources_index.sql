-- Which files a report's figures come from, read from an index alone. Every report names the load
-- its figures come from (SourceLoads) and a workbook traces each figure to its file; both read
-- the source file and load time of a unit's months, which live only in the table's pages. At
-- national size a ward's two years lie on one page per month: 6.2 ms of a briefing's content,
-- from the server's statement log (`./wardstat benchmark analysis`), against 0.2 ms from this
-- index once a load's last step has vacuumed the table. Its keys repeat a file and a time for
-- every month, which the B-tree stores once (269 MB for 33.6 million values, the key 1.9 GB).
-- A load pays for it: about 15-20% on `./wardstat benchmark ingest`.
create index observation_sources on observation (org_unit_code, period, source_file_id, loaded_at);
