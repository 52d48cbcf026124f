package eu.mayorsinaction.mail;

import org.springframework.data.repository.ListCrudRepository;

interface MailLogRepository extends ListCrudRepository<MailLogEntry, Long> {

}
