package eu.mayorsinaction.audit;

import org.springframework.data.repository.ListCrudRepository;

interface AuditEntryRepository extends ListCrudRepository<AuditEntry, Long> {

}
