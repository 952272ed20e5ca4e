import { mountPage } from '@/components/mount-page';
import { DossierPage } from '@/components/dossier/DossierPage';

mountPage(<DossierPage />);
